package org.vtp.app.ui.service;

/**
 * A camera, microphone or speaker as a picker shows it.
 *
 * @param id   stable identifier to remember in settings (the device descriptor)
 * @param name human-readable name
 */
public record DeviceInfo(String id, String name) {
    /** The synthetic test pattern offered as a camera (demos, tests, machines without a camera). */
    public static final String TEST_PATTERN_ID = "vtp:test-pattern";
    /** A 440 Hz tone offered as a microphone (demos, tests); received audio is then not played. */
    public static final String TEST_TONE_ID = "vtp:test-tone";

    /** The "None" entry of a picker: send nothing of this kind. */
    public static DeviceInfo none() {
        return new DeviceInfo("", "None");
    }

    /** The first speaker entry: play to the system's default output (stored as no id). */
    public static DeviceInfo systemDefault() {
        return new DeviceInfo("", "System default");
    }

    /** True for "None" and "System default": nothing specific chosen. */
    public boolean isNone() {
        return id.isEmpty();
    }

    public static DeviceInfo testPattern() {
        return new DeviceInfo(TEST_PATTERN_ID, "Test pattern");
    }

    public static DeviceInfo testTone() {
        return new DeviceInfo(TEST_TONE_ID, "Test tone (440 Hz)");
    }

    @Override
    public String toString() {
        return name;
    }
}
