package org.vtp.client.e2e;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vtp.client.media.I420Planes;
import org.vtp.client.media.TestPattern;

/**
 * Writes {@link TestPattern} frames as a YUV4MPEG2 file, which Chromium loops as its fake camera
 * ({@code --use-file-for-fake-video-capture}): the Java receiver can then recognise the browser's
 * video, not just count it. Format: a header line {@code YUV4MPEG2 W<w> H<h> F<fps>:1 Ip A1:1},
 * then per frame {@code FRAME\n} and the Y, U and V planes (4:2:0, tightly packed).
 */
final class PatternVideoFile {
    private PatternVideoFile() {
    }

    static Path write(Path file, int width, int height, int fps, int frames) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(("YUV4MPEG2 W" + width + " H" + height + " F" + fps + ":1 Ip A1:1\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int n = 0; n < frames; n++) {
                I420Planes planes = I420Planes.allocate(width, height);
                TestPattern.paint(planes, n);
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(planes.y().array());
                out.write(planes.u().array());
                out.write(planes.v().array());
            }
        }
        return file;
    }
}
