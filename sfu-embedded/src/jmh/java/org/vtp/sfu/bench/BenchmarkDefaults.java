package org.vtp.sfu.bench;

/** Heap for the forked benchmark JVM: the VP8 ring alone is 80 MB. */
final class BenchmarkDefaults {

    static final String HEAP_MIN = "-Xms1g";
    static final String HEAP_MAX = "-Xmx1g";

    private BenchmarkDefaults() {
    }
}
