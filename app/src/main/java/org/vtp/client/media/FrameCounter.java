package org.vtp.client.media;

import dev.onvoid.webrtc.media.video.I420Buffer;
import dev.onvoid.webrtc.media.video.VideoFrame;
import dev.onvoid.webrtc.media.video.VideoFrameBuffer;
import dev.onvoid.webrtc.media.video.VideoTrackSink;

/**
 * A video sink that counts decoded frames, remembers the last size and checks every
 * {@code checkEvery}-th frame against the {@link TestPattern}. Called on libwebrtc's decoder
 * thread; the getters may be read from any thread.
 *
 * <p>Every frame is released here, as webrtc-java requires of sinks. {@code toI420()} of a native
 * I420 buffer returns the same object without a new reference, so only a converted buffer is
 * released separately (releasing twice corrupts native memory).
 */
public final class FrameCounter implements VideoTrackSink {
    private final int checkEvery;
    private long frames;
    private int width;
    private int height;
    private long patternMatches;
    private long lastFrameNumber = -1;

    /** @param checkEvery check the pattern of every n-th frame (1 = all); 0 = never */
    public FrameCounter(int checkEvery) {
        if (checkEvery < 0) {
            throw new IllegalArgumentException("checkEvery must be >= 0");
        }
        this.checkEvery = checkEvery;
    }

    @Override
    public void onVideoFrame(VideoFrame frame) {
        try {
            VideoFrameBuffer buffer = frame.buffer;
            boolean check;
            synchronized (this) {
                frames++;
                width = buffer.getWidth();
                height = buffer.getHeight();
                check = checkEvery > 0 && frames % checkEvery == 0;
            }
            if (check) {
                record(readPattern(buffer));
            }
        } finally {
            frame.release();
        }
    }

    private static PatternReading readPattern(VideoFrameBuffer buffer) {
        I420Buffer i420 = buffer.toI420();
        try {
            return TestPattern.read(I420Planes.of(i420));
        } finally {
            if (i420 != buffer) {
                i420.release();
            }
        }
    }

    private synchronized void record(PatternReading reading) {
        if (reading.barsMatch()) {
            patternMatches++;
            lastFrameNumber = reading.frameNumber();
        }
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(frames, width, height, patternMatches, lastFrameNumber);
    }

    /**
     * @param frames          frames delivered to the sink
     * @param width           width of the last frame
     * @param height          height of the last frame
     * @param patternMatches  checked frames whose colour bars matched
     * @param lastFrameNumber counter read from the last matching frame, -1 before any
     */
    public record Snapshot(long frames, int width, int height, long patternMatches, long lastFrameNumber) {
    }
}
