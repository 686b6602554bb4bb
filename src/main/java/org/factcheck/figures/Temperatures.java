package org.factcheck.figures;

import static org.factcheck.figures.Tokens.WORD;

/** Temperatures: "12C", "-12°C", "54 degrees Fahrenheit" (converted to °C), and the temperature-like figures not read. */
final class Temperatures extends Matcher {
    Temperatures(Scan s) {
        super(s);
    }

    /**
     * "12C", "−12°C", "12 degrees Celsius", "54F", "54 degrees Fahrenheit", "minus 12 degrees": a
     * temperature after the number ending at {@code a}. Returns 1 when one was read (value in °C,
     * Fahrenheit converted here, after the sign), -1 when the number is a temperature-like figure not
     * to read at all ("a 1.5C rise", "by 2C", "Flat 4C"), 0 when nothing here is a temperature.
     * A glued "C"/"F" with no sign, a bare "degrees" or "°" count only in a sentence with a
     * temperature word ({@link Lexicon#TEMPERATURE_CUES}); a bare "degrees" then has no scale (unit null).
     */
    int temperature(int t0, int a) {
        int n = tk.n;
        if (a >= n) {
            return 0;
        }
        String scale;
        int end;
        boolean needsCue;
        String la = tk.type[a] == WORD ? tk.lower[a] : null;
        if ((la == "c" || la == "f") && !tk.gap[a] && Character.isUpperCase(text.charAt(tk.start[a]))) {
            scale = Lexicon.TEMPERATURE_SCALES.get(la);     // "12C", "54F"
            end = a + 1;
            needsCue = !s.minusSign;
        } else if (tk.isSym(a, '°')) {     // "12°C", and "12 °C" as some style guides print it
            String lb = a + 1 < n && !tk.gap[a + 1] && tk.type[a + 1] == WORD ? tk.lower[a + 1] : null;
            scale = lb == null ? null : Lexicon.TEMPERATURE_SCALES.get(lb);
            end = scale == null ? a + 1 : a + 2;
            needsCue = scale == null;
        } else if (la == "degree" || la == "degrees") {
            String lb = a + 1 < n && tk.type[a + 1] == WORD ? tk.lower[a + 1] : null;
            scale = lb == null || lb.length() == 1 && !Character.isUpperCase(text.charAt(tk.start[a + 1])) ? null
                    : Lexicon.TEMPERATURE_SCALES.get(lb);
            end = scale == null ? a + 1 : a + 2;
            needsCue = scale == null;
        } else {
            return 0;
        }
        boolean change = t0 > 0 && tk.isWord(t0 - 1, "by") || end < n && tk.lower[end] != null
                && Lexicon.TEMPERATURE_CHANGES.contains(tk.lower[end]);
        if (needsCue && !temperatureCue(t0)) {
            if (la == "degree" || la == "degrees") {
                return 0;       // "turned 20 degrees": an angle, read as before
            }
            s.skipTo = end;
            return -1;
        }
        if (change) {
            s.skipTo = end;       // a change of temperature is not a temperature (and Fahrenheit changes convert differently)
            return -1;
        }
        double sign = s.minusSign ? -1 : 1;
        double v = sign * num.value;
        if (s.ranged) {
            if (scale == "F") {
                // the printed precision is in °F: take it before converting (a NaN step is taken from the value later)
                s.stepLow = Double.isNaN(s.stepLow) ? Intervals.stepOf(s.low) : s.stepLow;
                s.stepHigh = Double.isNaN(s.stepHigh) ? Intervals.stepOf(s.high) : s.stepHigh;
            }
            double lo = sign > 0 ? s.low : -s.high;
            double hi = sign > 0 ? s.high : -s.low;
            s.low = scale == "F" ? fahrenheit(lo) : lo;
            s.high = scale == "F" ? fahrenheit(hi) : hi;
            if (sign < 0) {
                double sl = s.stepLow;
                s.stepLow = s.stepHigh;
                s.stepHigh = sl;
            }
            if (scale == "F") {
                s.stepLow = s.stepLow * 5 / 9;
                s.stepHigh = s.stepHigh * 5 / 9;
            }
            v = (s.low + s.high) / 2;
        } else if (scale == "F") {
            if (Double.isNaN(s.step)) {
                s.step = Intervals.stepOf(Math.abs(v));
            }
            v = fahrenheit(v);
        }
        if (scale == "F" && !Double.isNaN(s.step)) {
            s.step = s.step * 5 / 9;
        }
        set(Kind.TEMPERATURE, v, scale == null ? null : "°C", end);
        return 1;
    }

    static double fahrenheit(double f) {
        return (f - 32) * 5 / 9;
    }

    /** A temperature word in the sentence around token t (up to 25 tokens either side). */
    boolean temperatureCue(int t) {
        for (int k = t - 1; k >= 0 && k >= t - 25; k--) {
            if (tk.lower[k] != null && Lexicon.TEMPERATURE_CUES.contains(tk.lower[k])) {
                return true;
            }
            if (tk.nl[k] || sentenceEnd(k)) {
                break;
            }
        }
        for (int k = t + 1; k < tk.n && k <= t + 25 && !tk.nl[k]; k++) {
            if (sentenceEnd(k)) {
                break;
            }
            if (tk.lower[k] != null && Lexicon.TEMPERATURE_CUES.contains(tk.lower[k])) {
                return true;
            }
        }
        return false;
    }
}
