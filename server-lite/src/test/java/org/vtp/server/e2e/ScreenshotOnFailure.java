package org.vtp.server.e2e;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.server.e2e.browser.BrowserPage;

/**
 * JUnit extension: when a test fails, saves a screenshot of every page it registered, before
 * {@code @AfterEach} closes the browsers. Register with {@code @RegisterExtension}.
 */
final class ScreenshotOnFailure implements AfterTestExecutionCallback {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotOnFailure.class);

    private final List<BrowserPage> pages = new ArrayList<>();

    BrowserPage watch(BrowserPage page) {
        pages.add(page);
        return page;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            for (BrowserPage page : pages) {
                try {
                    LOG.warn("{} failed: screenshot {}, page errors {}", context.getDisplayName(),
                            page.screenshot(context.getRequiredTestMethod().getName()), page.pageErrors());
                } catch (RuntimeException e) {
                    LOG.warn("no screenshot of {}: {}", page.label(), e.toString());
                }
            }
        }
        pages.clear();
    }
}
