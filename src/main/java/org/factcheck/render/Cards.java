package org.factcheck.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A claim's share card, the image its page names in {@code og:image}: 1200×630 PNG with the
 * verdict, the claim and its date, drawn at build time with Java2D in headless mode and the JDK's
 * logical fonts (no font is downloaded). A machine with no font at all makes no cards.
 */
final class Cards {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private static final int MARGIN = 64;
    /**
     * The theme's ink and muted text, as RGB: no {@link Color} is made before {@link #headless}
     * (loading AWT classes first would fix the JVM's headless mode before the build sets it).
     */
    private static final int INK = 0x1d2430;
    private static final int MUTED = 0x4f5866;
    /** The status badges' colours (style.css), for a claim the desk has not rated. */
    private static final Map<String, String> STATUS_COLOURS = Map.of("corroborated", "#1d6b35", "single-source", "#6b4e00",
            "no-independent-source", "#444444", "conflicting", "#9b1c1c", "ambiguous", "#5b3b8c",
            "incomparable", "#2f4a66", "unanchored", "#444444");

    /**
     * What a card shows, and so what its key is made of.
     *
     * @param verdict the desk's rating, or the sources' status when the claim is not rated
     * @param colour the verdict's colour, {@code #rrggbb}
     * @param sources the sources' status when {@code verdict} is a rating, else empty
     * @param date e.g. "Published 2025-09-01", or empty
     */
    record Card(String site, String verdict, String colour, String sources, String claim, String date) {
    }

    private static volatile Boolean fonts;

    private Cards() {
    }

    /** The card of a claim: its rating if rated (with the status beneath), else its status. */
    static Card of(org.factcheck.check.ClaimResult r, View.RatingView rating, String site) {
        String status = r.status().label();
        java.time.LocalDate published = r.claim().published();
        java.time.LocalDate checked = r.claim().lastChecked();
        String date = published != null ? "Published " + published + (checked != null && checked.isAfter(published)
                ? " · checked " + checked : "") : checked != null ? "Checked " + checked : "";
        return rating == null
                ? new Card(site, status, STATUS_COLOURS.getOrDefault(r.status().id(), "#444444"), "", r.claim().claim(), date)
                : new Card(site, rating.label(), rating.colour(), "Sources: " + status, r.claim().claim(), date);
    }

    /**
     * True when this machine can draw text. Decided once: a JDK without any font throws from its
     * font configuration at the first text drawn, which must not fail a build.
     */
    static boolean available() {
        Boolean f = fonts;
        if (f == null) {
            f = probe();
            fonts = f;
        }
        return f;
    }

    private static boolean probe() {
        return probe(() -> {
            BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            try {
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
                g.drawString("Ag", 0, 6);
                if (g.getFontMetrics().stringWidth("Ag") <= 0
                        || java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames().length == 0) {
                    throw new IllegalStateException("no font");
                }
            } finally {
                g.dispose();
            }
        });
    }

    /** True when {@code draw} (drawing some text) completes. */
    static boolean probe(Runnable draw) {
        headless();
        try {
            draw.run();
            return true;
        } catch (Throwable e) {
            // InternalError or NullPointerException from the JDK's font configuration, UnsatisfiedLinkError
            // without the native font library: all mean "no text can be drawn here".
            return false;
        }
    }

    /** Java2D must never look for a display: set before the first AWT class is used. */
    private static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** The card as PNG bytes (tests; a build streams each card to its file with {@link #write}). */
    static byte[] png(Card c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(c, out);
        return out.toByteArray();
    }

    /** Writes the card's PNG to {@code file}, streamed: no card's bytes are held whole. */
    static void write(Card c, java.nio.file.Path file) throws IOException {
        try (OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            write(c, out);
        }
    }

    /**
     * Draws the card on this thread's canvas and writes it to {@code out} as an indexed PNG. The
     * same card gives the same bytes on any thread: the canvas is repainted whole, and the
     * palette and its order depend only on the card's colours.
     */
    static void write(Card c, OutputStream out) throws IOException {
        headless();
        Canvas canvas = canvas();
        Color accent = colour(c.colour());
        Color on = readableOn(accent);
        draw(canvas.image, c, accent, on);
        // Every pixel is one of these colours or an antialiased blend of a pair: text on white and on
        // the badge, the badge's edge on white (the bar, the fills and the rule are whole pixels).
        int[] colours = {0xffffff, INK, MUTED, accent.getRGB() & 0xffffff, on.getRGB() & 0xffffff};
        canvas.png.write(canvas.pixels, colours, new int[][] {{0, 1}, {0, 2}, {0, 3}, {3, 4}}, out);
    }

    /** One thread's canvas: the 3 MB image and the encoder's buffers are made once per thread, not per card. */
    private static final class Canvas {
        final BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        /** The image's own pixels (read after drawing; a software surface needs no acceleration). */
        final int[] pixels = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
        final Png png = new Png(WIDTH, HEIGHT);
    }

    /**
     * Soft, so that a long {@code serve} session's pool threads do not pin their canvases when the
     * heap is short; a build reuses them for every card it draws.
     */
    private static final ThreadLocal<SoftReference<Canvas>> CANVAS = new ThreadLocal<>();

    private static Canvas canvas() {
        SoftReference<Canvas> ref = CANVAS.get();
        Canvas c = ref == null ? null : ref.get();
        if (c == null) {
            c = new Canvas();
            CANVAS.set(new SoftReference<>(c));
        }
        return c;
    }

    private static void draw(BufferedImage img, Card c, Color accent, Color on) {
        // A fresh Graphics per card (cheap next to the image): no state of the last card carries over.
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(accent);
            g.fillRect(0, 0, 16, HEIGHT);

            Color ink = new Color(INK);
            Color muted = new Color(MUTED);
            int width = WIDTH - 2 * MARGIN;
            Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 28);
            g.setFont(small);
            g.setColor(muted);
            int y = MARGIN + g.getFontMetrics().getAscent();
            g.drawString(fit(g.getFontMetrics(), c.site(), width), MARGIN, y);

            // The verdict: white on its colour, as the rating badge on the page.
            Font badge = new Font(Font.SANS_SERIF, Font.BOLD, 44);
            g.setFont(badge);
            FontMetrics bm = g.getFontMetrics();
            String verdict = fit(bm, c.verdict(), width - 48);
            int bw = bm.stringWidth(verdict) + 48;
            int top = y + 36;
            g.setColor(accent);
            g.fillRoundRect(MARGIN, top, bw, bm.getHeight() + 20, 16, 16);
            g.setColor(on);
            g.drawString(verdict, MARGIN + 24, top + 10 + bm.getAscent());
            if (!c.sources().isEmpty()) {
                g.setFont(small);
                g.setColor(muted);
                g.drawString(fit(g.getFontMetrics(), c.sources(), width - bw - 24), MARGIN + bw + 24,
                        top + 10 + bm.getAscent());
            }

            Font claim = new Font(Font.SERIF, Font.PLAIN, 50);
            g.setFont(claim);
            FontMetrics cm = g.getFontMetrics();
            int bottom = HEIGHT - MARGIN - 28 - 24;
            int first = top + bm.getHeight() + 20 + 40 + cm.getAscent();
            int room = Math.max(1, (bottom - first) / cm.getHeight() + 1);
            g.setColor(ink);
            int line = first;
            for (String l : wrap(cm, "“" + c.claim().strip() + "”", width, room)) {
                g.drawString(l, MARGIN, line);
                line += cm.getHeight();
            }

            g.setFont(small);
            g.setColor(muted);
            g.setStroke(new BasicStroke(2));
            g.drawLine(MARGIN, HEIGHT - MARGIN - 40, WIDTH - MARGIN, HEIGHT - MARGIN - 40);
            g.drawString(fit(g.getFontMetrics(), c.date(), width), MARGIN, HEIGHT - MARGIN);
        } finally {
            g.dispose();
        }
    }

    /** A desk's colour, or the theme's ink when it is not #rrggbb. */
    private static Color colour(String hex) {
        try {
            return Color.decode(hex);
        } catch (RuntimeException e) {
            return new Color(INK);
        }
    }

    /** White on dark colours, ink on light ones (WCAG relative luminance). */
    private static Color readableOn(Color c) {
        double l = 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
        return l > 0.18 ? new Color(INK) : Color.WHITE;
    }

    private static double lin(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** The text, cut with "…" to fit {@code width}. */
    private static String fit(FontMetrics m, String text, int width) {
        if (m.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (!t.isEmpty() && m.stringWidth(t + "…") > width) {
            t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
        }
        return t.stripTrailing() + "…";
    }

    /** The text in at most {@code max} lines of {@code width}, broken at spaces (a longer word is cut), the last cut with "…". */
    private static List<String> wrap(FontMetrics m, String text, int width, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String rest = "";
        String[] words = text.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String tried = line.isEmpty() ? word : line + " " + word;
            if (m.stringWidth(tried) <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (lines.size() == max) {
                rest = word;
                break;
            }
            while (m.stringWidth(word) > width && lines.size() < max) {
                String part = fit(m, word, width);
                part = part.substring(0, part.length() - 1);
                if (part.isEmpty()) {
                    part = word.substring(0, word.offsetByCodePoints(0, 1));
                }
                lines.add(part);
                word = word.substring(part.length());
            }
            if (lines.size() == max) {
                rest = word;
                break;
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            if (lines.size() < max) {
                lines.add(line.toString());
            } else {
                rest = line.toString();
            }
        }
        if (!rest.isEmpty()) {
            int last = lines.size() - 1;
            // More words than lines: the last line always ends with "…".
            String t = lines.get(last);
            while (!t.isEmpty() && m.stringWidth(t + "…") > width) {
                t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
            }
            lines.set(last, t.stripTrailing() + "…");
        }
        return lines;
    }

    /**
     * The PNG encoder of one canvas, written here because ImageIO's PNG writer took most of a
     * card's time (a truecolour image, filtered and deflated by a general writer). A card is
     * written as colour type 3: a palette of at most 256 colours, one byte a pixel, a third of
     * the truecolour data to deflate; rows are unfiltered (the PNG specification's advice for
     * palette images, and the fastest), and deflate runs at its fastest level: long runs of one
     * index compress well at any level.
     */
    private static final class Png {

        private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        /**
         * Blend steps between the colours of a pair: five colours and four pairs of 62 blends each
         * fill 253 of the 256 entries. A pixel of antialiased text is its nearest entry, at most
         * three levels a channel from what Java2D drew (measured): the same card to the eye.
         */
        private static final int STEPS = 63;
        private static final int IDAT_MAX = 64 * 1024;
        /** Where a chunk's data starts in {@link #chunk}: after its length and type. */
        private static final int DATA = 8;

        private final int width;
        private final int height;
        /** Each row: its filter byte, then one palette index a pixel. */
        private final byte[] raw;
        /** One chunk at a time: length, type, data, CRC. */
        private final byte[] chunk = new byte[12 + IDAT_MAX];
        private final java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
        private final java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        private final int[] palette = new int[256];
        private int size;
        /** The palette index of each colour met in this card (open addressing on RGB + 1; 0 is empty). */
        private final int[] seen = new int[4096];
        private final byte[] seenIndex = new byte[4096];
        private int occupied;

        Png(int width, int height) {
            this.width = width;
            this.height = height;
            this.raw = new byte[(width + 1) * height];
        }

        /** Writes {@code pixels} (RGB) as a PNG whose palette is {@code colours} and the blends of {@code pairs} of them. */
        void write(int[] pixels, int[] colours, int[][] pairs, OutputStream out) throws IOException {
            size = 0;
            for (int c : colours) {
                add(c);
            }
            for (int[] pair : pairs) {
                int a = colours[pair[0]];
                int b = colours[pair[1]];
                for (int k = 1; k < STEPS; k++) {
                    add(blend(a >> 16 & 0xff, b >> 16 & 0xff, k) << 16 | blend(a >> 8 & 0xff, b >> 8 & 0xff, k) << 8
                            | blend(a & 0xff, b & 0xff, k));
                }
            }
            java.util.Arrays.fill(seen, 0);
            occupied = 0;
            int last = -1;
            byte index = 0;
            int p = 0;
            int r = 0;
            for (int y = 0; y < height; y++) {
                raw[r++] = 0;
                for (int x = 0; x < width; x++) {
                    int rgb = pixels[p++] & 0xffffff;
                    if (rgb != last) {
                        last = rgb;
                        index = index(rgb);
                    }
                    raw[r++] = index;
                }
            }

            out.write(SIGNATURE);
            int n = DATA;
            n = putInt(n, width);
            n = putInt(n, height);
            chunk[n++] = 8; // bits per index
            chunk[n++] = 3; // palette colour
            chunk[n++] = 0;
            chunk[n++] = 0;
            chunk[n++] = 0; // not interlaced
            chunk("IHDR", n - DATA, out);
            n = DATA;
            for (int i = 0; i < size; i++) {
                chunk[n++] = (byte) (palette[i] >> 16);
                chunk[n++] = (byte) (palette[i] >> 8);
                chunk[n++] = (byte) palette[i];
            }
            chunk("PLTE", n - DATA, out);
            deflater.reset();
            deflater.setInput(raw, 0, r);
            deflater.finish();
            while (!deflater.finished()) {
                int len = deflater.deflate(chunk, DATA, IDAT_MAX);
                if (len > 0) {
                    chunk("IDAT", len, out);
                }
            }
            chunk("IEND", 0, out);
        }

        private static int blend(int a, int b, int k) {
            return (a * (STEPS - k) + b * k + STEPS / 2) / STEPS;
        }

        private void add(int rgb) {
            for (int i = 0; i < size; i++) {
                if (palette[i] == rgb) {
                    return;
                }
            }
            palette[size++] = rgb;
        }

        /** The palette entry of a colour: itself when in the palette, else the nearest (the first of equals). */
        private byte index(int rgb) {
            int mask = seen.length - 1;
            int slot = (rgb * 0x9E3779B1 >>> 20) & mask;
            while (seen[slot] != 0) {
                if (seen[slot] == rgb + 1) {
                    return seenIndex[slot];
                }
                slot = (slot + 1) & mask;
            }
            int best = 0;
            long bestDistance = Long.MAX_VALUE;
            for (int i = 0; i < size && bestDistance > 0; i++) {
                int dr = (rgb >> 16 & 0xff) - (palette[i] >> 16 & 0xff);
                int dg = (rgb >> 8 & 0xff) - (palette[i] >> 8 & 0xff);
                int db = (rgb & 0xff) - (palette[i] & 0xff);
                long d = (long) dr * dr + (long) dg * dg + (long) db * db;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
            // A card has hundreds of colours, never thousands; a full table just stops remembering.
            if (occupied < mask / 2) {
                seen[slot] = rgb + 1;
                seenIndex[slot] = (byte) best;
                occupied++;
            }
            return (byte) best;
        }

        private int putInt(int at, int v) {
            chunk[at] = (byte) (v >>> 24);
            chunk[at + 1] = (byte) (v >>> 16);
            chunk[at + 2] = (byte) (v >>> 8);
            chunk[at + 3] = (byte) v;
            return at + 4;
        }

        /** Writes the chunk of {@code type} whose {@code length} bytes of data are at {@link #chunk}[8…]. */
        private void chunk(String type, int length, OutputStream out) throws IOException {
            putInt(0, length);
            for (int i = 0; i < 4; i++) {
                chunk[4 + i] = (byte) type.charAt(i);
            }
            crc.reset();
            crc.update(chunk, 4, 4 + length);
            putInt(DATA + length, (int) crc.getValue());
            out.write(chunk, 0, 12 + length);
        }
    }
}
