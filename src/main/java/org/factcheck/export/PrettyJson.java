package org.factcheck.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A JSON writer straight to UTF-8 bytes that writes exactly what Jackson's UTF-8 generator writes
 * with {@code DefaultPrettyPrinter} and a two-space object indenter (the layout report.json has
 * always had): {@code "name" : value}, objects broken over lines, arrays on one line as
 * {@code [ a, b ]} (so an array of objects reads {@code [ {…}, {…} ]}), strings escaped as Jackson
 * escapes them. It writes a fragment at any object depth, so pieces of one document can be written
 * on several threads and joined.
 */
public final class PrettyJson {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** Jackson's short escapes for control characters; 0 where it writes {@code \\u00XX}. */
    private static final byte[] SHORT = new byte[32];

    static {
        SHORT['\b'] = 'b';
        SHORT['\t'] = 't';
        SHORT['\n'] = 'n';
        SHORT['\f'] = 'f';
        SHORT['\r'] = 'r';
    }

    private byte[] buf;
    private int size;
    /** Objects open around the next value (what the indentation counts; arrays stay on one line). */
    private int depth;
    /** Per open container, innermost last: whether it is an object, and whether it has a value yet. */
    private boolean[] object = new boolean[16];
    private boolean[] any = new boolean[16];
    private int open;

    /** A writer whose first value is written inside {@code depth} open objects. */
    public PrettyJson(int depth, int capacity) {
        this.depth = depth;
        buf = new byte[Math.max(16, capacity)];
    }

    /**
     * A writer for elements of an array already open at {@code depth} objects: it writes
     * {@code " a, b"}, so pieces join as {@code "[" + piece + "," + piece + … + " ]"}.
     */
    static PrettyJson elements(int depth, int capacity) {
        PrettyJson json = new PrettyJson(depth, capacity);
        json.push(false);
        return json;
    }

    /** What is buffered, emptying the buffer and keeping the writer's place. */
    byte[] take() {
        byte[] b = bytes();
        size = 0;
        return b;
    }

    public PrettyJson startObject() {
        beforeValue();
        put((byte) '{');
        push(true);
        depth++;
        return this;
    }

    public PrettyJson endObject() {
        depth--;
        if (any[--open]) {
            newline();
        } else {
            put((byte) ' ');
        }
        put((byte) '}');
        return this;
    }

    public PrettyJson startArray() {
        beforeValue();
        put((byte) '[');
        push(false);
        return this;
    }

    public PrettyJson endArray() {
        put((byte) ' ');
        open--;
        put((byte) ']');
        return this;
    }

    /** A field name; its value is the next thing written. */
    public PrettyJson field(String name) {
        if (any[open - 1]) {
            put((byte) ',');
        }
        any[open - 1] = true;
        newline();
        quoted(name);
        put((byte) ' ');
        put((byte) ':');
        put((byte) ' ');
        return this;
    }

    public PrettyJson string(String s) {
        beforeValue();
        if (s == null) {
            ascii("null");
        } else {
            quoted(s);
        }
        return this;
    }

    public PrettyJson bool(boolean b) {
        beforeValue();
        ascii(b ? "true" : "false");
        return this;
    }

    public PrettyJson nul() {
        beforeValue();
        ascii("null");
        return this;
    }

    PrettyJson number(long n) {
        beforeValue();
        ascii(Long.toString(n));
        return this;
    }

    /** As Jackson: {@link Double#toString}, and NaN or an infinity as a quoted string. */
    PrettyJson number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return string(Double.toString(d));
        }
        beforeValue();
        ascii(Double.toString(d));
        return this;
    }

    /** One array element written earlier at this depth (without the separator before it), copied as it is. */
    PrettyJson element(byte[] written) {
        beforeValue();
        room(written.length);
        System.arraycopy(written, 0, buf, size, written.length);
        size += written.length;
        return this;
    }

    public byte[] bytes() {
        return Arrays.copyOf(buf, size);
    }

    int size() {
        return size;
    }

    /** The buffer itself, its first {@link #size} bytes written; no copy, so only for a writer that is done. */
    byte[] buffer() {
        return buf;
    }

    /** In an array, the separator before a value ({@code " "} first, {@code ", "} after); in an object the field wrote it. */
    private void beforeValue() {
        if (open > 0 && !object[open - 1]) {
            if (any[open - 1]) {
                put((byte) ',');
            }
            any[open - 1] = true;
            put((byte) ' ');
        }
    }

    private void push(boolean isObject) {
        if (open == object.length) {
            object = Arrays.copyOf(object, open * 2);
            any = Arrays.copyOf(any, open * 2);
        }
        object[open] = isObject;
        any[open++] = false;
    }

    private void newline() {
        room(1 + 2 * depth);
        buf[size++] = '\n';
        for (int i = 0; i < 2 * depth; i++) {
            buf[size++] = ' ';
        }
    }

    private void put(byte b) {
        room(1);
        buf[size++] = b;
    }

    private void ascii(String s) {
        room(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[size++] = (byte) s.charAt(i);
        }
    }

    /**
     * A string in quotes as Jackson's UTF-8 generator writes it: {@code "} and {@code \\} and control
     * characters escaped (short forms for \b \t \n \f \r, else {@code \\u00XX}), every surrogate as
     * {@code \\uXXXX}, anything else in UTF-8.
     */
    private void quoted(String s) {
        room(2 + 6 * s.length());
        buf[size++] = '"';
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    buf[size++] = (byte) c;
                } else if (c == '"' || c == '\\') {
                    buf[size++] = '\\';
                    buf[size++] = (byte) c;
                } else if (SHORT[c] != 0) {
                    buf[size++] = '\\';
                    buf[size++] = SHORT[c];
                } else {
                    escape(c);
                }
            } else if (c < 0x800) {
                buf[size++] = (byte) (0xc0 | c >> 6);
                buf[size++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isSurrogate(c)) {
                escape(c);
            } else {
                buf[size++] = (byte) (0xe0 | c >> 12);
                buf[size++] = (byte) (0x80 | c >> 6 & 0x3f);
                buf[size++] = (byte) (0x80 | c & 0x3f);
            }
        }
        buf[size++] = '"';
    }

    private void escape(char c) {
        buf[size++] = '\\';
        buf[size++] = 'u';
        buf[size++] = HEX[c >> 12 & 0xf];
        buf[size++] = HEX[c >> 8 & 0xf];
        buf[size++] = HEX[c >> 4 & 0xf];
        buf[size++] = HEX[c & 0xf];
    }

    private void room(int n) {
        if (size + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
        }
    }
}
