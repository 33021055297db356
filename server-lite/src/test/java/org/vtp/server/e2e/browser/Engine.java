package org.vtp.server.e2e.browser;

import java.util.List;

/** The browsers every browser test runs in: {@code @EnumSource(Engine.class)} on a parameterized test. */
public enum Engine {
    CHROMIUM,
    FIREFOX;

    /** Starts a fresh browser with a fresh profile; {@code label} names its logs and screenshots. */
    public BrowserPage launch(String label) {
        return launch(label, LaunchOptions.DEFAULT);
    }

    public BrowserPage launch(String label, LaunchOptions options) {
        String named = label + "-" + name().toLowerCase();
        return this == CHROMIUM ? ChromiumPage.launch(named, options) : FirefoxPage.launch(named, options);
    }

    /**
     * What a test may ask of either browser. {@code chromiumFlags} are appended to Chromium's
     * command line only (e.g. a fake capture file); Firefox has no equivalent and ignores them.
     */
    public record LaunchOptions(boolean acceptInsecureCerts, List<String> chromiumFlags) {

        public static final LaunchOptions DEFAULT = new LaunchOptions(false, List.of());

        public LaunchOptions {
            chromiumFlags = List.copyOf(chromiumFlags);
        }

        public LaunchOptions acceptingInsecureCerts() {
            return new LaunchOptions(true, chromiumFlags);
        }

        public LaunchOptions withChromiumFlags(List<String> flags) {
            return new LaunchOptions(acceptInsecureCerts, flags);
        }
    }
}
