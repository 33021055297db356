package org.vtp.app.ui.service;

/** Screen changes a ViewModel may ask for; called on the FX thread. */
public interface Navigator {
    void showStart();

    void showHosting(HostedClassInfo hostedClass);

    void showCall(CallModel call);

    /** The call was left or lost: back to the hosting panel when hosting, else to the start screen. */
    void callEnded();

    /** Hosting was stopped from the hosting panel: forget it and show the start screen. */
    void hostingStopped();

    void showSettings();
}
