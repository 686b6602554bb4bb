package org.factcheck.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads content and captures as UTF-8, refusing malformed bytes instead of silently replacing them. */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * The file's text.
     *
     * @throws CharacterCodingException when the file is not valid UTF-8 (a replaced character
     *         would make a quote silently fail to anchor)
     */
    public static String read(Path file) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    }
}
