package org.vtp.app.ui.webrtc;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.vtp.app.ui.service.CallEvents;
import org.vtp.app.ui.service.CallModel;
import org.vtp.app.ui.service.JoinRequest;
import org.vtp.app.ui.service.JoinTarget;
import org.vtp.app.ui.service.MediaChoice;
import org.vtp.client.link.JoinLink;

/** Joining a class as the app does, for tests: "App", sending the test pattern. */
final class TestCalls {
    private TestCalls() {
    }

    static CallModel joinAsApp(WebRtcCallService service, JoinLink link, CallEvents listener, Duration wait)
            throws Exception {
        JoinTarget target = JoinTarget.fromLink(link.format()).orElseThrow();
        CallModel call = service.join(new JoinRequest(target, "App", MediaChoice.testPattern()))
                .get(wait.toSeconds(), TimeUnit.SECONDS);
        call.setListener(listener);
        return call;
    }
}
