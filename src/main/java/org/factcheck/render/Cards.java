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
    /** The PNG writer's compression quality: 1 is no deflate, 0 the strongest (see {@link #encode}). */
    private static final float QUALITY = 0.75f;
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

    /** The card as PNG bytes. */
    static byte[] png(Card c) throws IOException {
        headless();
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            Color accent = colour(c.colour());
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(accent);
            g.fillRect(0, 0, 16, HEIGHT);

            Color ink = new Color(0x1d2430);
            Color muted = new Color(0x4f5866);
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
            g.setColor(readableOn(accent));
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
        return encode(img);
    }

    /**
     * PNG bytes at a light deflate level: a card is flat colour and text, which compresses well at
     * any level, and the default level takes several times longer for a few per cent.
     */
    private static byte[] encode(BufferedImage img) throws IOException {
        java.util.Iterator<javax.imageio.ImageWriter> writers = javax.imageio.ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no PNG writer");
        }
        javax.imageio.ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (javax.imageio.stream.ImageOutputStream stream = javax.imageio.ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new javax.imageio.IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A desk's colour, or the theme's ink when it is not #rrggbb. */
    private static Color colour(String hex) {
        try {
            return Color.decode(hex);
        } catch (RuntimeException e) {
            return new Color(0x1d2430);
        }
    }

    /** White on dark colours, ink on light ones (WCAG relative luminance). */
    private static Color readableOn(Color c) {
        double l = 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
        return l > 0.18 ? new Color(0x1d2430) : Color.WHITE;
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
}
