package org.vtp.app.ui.service;

import java.util.ArrayList;
import java.util.List;

/** Remembers the screen changes asked for, as short strings ("start", "hosting", "call", ...). */
public final class RecordingNavigator implements Navigator {
    public final List<String> screens = new ArrayList<>();
    public HostedClassInfo hosted;
    public CallModel call;

    public String last() {
        return screens.isEmpty() ? "" : screens.get(screens.size() - 1);
    }

    @Override
    public void showStart() {
        screens.add("start");
    }

    @Override
    public void showHosting(HostedClassInfo hostedClass) {
        hosted = hostedClass;
        screens.add("hosting");
    }

    @Override
    public void showCall(CallModel joined) {
        call = joined;
        screens.add("call");
    }

    @Override
    public void callEnded() {
        screens.add("call-ended");
    }

    @Override
    public void hostingStopped() {
        screens.add("hosting-stopped");
    }

    @Override
    public void showSettings() {
        screens.add("settings");
    }
}
