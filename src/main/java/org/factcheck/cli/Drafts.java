package org.factcheck.cli;

import java.util.ArrayList;
import java.util.List;
import org.factcheck.discovery.Finding;
import org.factcheck.discovery.Finding.Member;
import org.factcheck.discovery.Mention;
import org.factcheck.figures.FigureExtractor;

/**
 * Draft claim files from discovery's findings: every mention cited with the quote, figure and
 * {@code unit:} that make the checker read it as discovery did, copies marked {@code relies_on} their
 * original, moving figures dated with {@code as_of}, and {@code expect:} set to the status discovery
 * predicts, so {@code check} says at once when the two disagree.
 */
final class Drafts {

    private Drafts() {
    }

    /** The status {@code check} should give a claim made from this finding. */
    static String expected(Finding f) {
        return switch (f.verdict()) {
            case DISCREPANCY -> "conflicting";
            case AGREEMENT, NEW_SOURCE -> "corroborated";
            // Each dated figure stands alone (as_of keeps different moments apart), so nothing confirms it.
            case TIMELINE -> "single-source";
        };
    }

    /** A file name for the draft: its quantity and first figure. */
    static String id(Finding f) {
        return ClaimFile.slug(f.measure() + " " + f.members().get(0).mention().printed());
    }

    /** The draft claim file's text. */
    static String yaml(Finding f) {
        List<ClaimFile.DraftSource> sources = new ArrayList<>();
        for (Member m : f.members()) {
            Mention mention = m.mention();
            String quote = mention.sentence().replaceAll("\\s+", " ");
            int figures = FigureExtractor.extract(quote, mention.published()).size();
            String reliesOn = m.reason() != null && m.reason().startsWith("republishes ")
                    ? m.reason().substring("republishes ".length()).replaceAll(",.*|\\s\\(.*", "") : null;
            sources.add(new ClaimFile.DraftSource(mention.article().id(), quote, figures > 1 ? mention.printed() : null,
                    m.independent() ? null : m.reason(), mention.unit(),
                    f.verdict() == Finding.Verdict.TIMELINE ? mention.published() : null, reliesOn));
        }
        Mention first = f.members().get(0).mention();
        String what = switch (f.verdict()) {
            case DISCREPANCY -> "outlets disagree";
            case AGREEMENT -> "outlets agree";
            case TIMELINE -> "the figure moves with the date";
            case NEW_SOURCE -> "another outlet prints the figure of claim '" + f.claim() + "'";
        };
        return ClaimFile.yaml("TODO: " + first.printed() + " (" + f.measure() + ")", "TODO", "TODO: the statement checked",
                sources, "Draft from discovery (" + what + "): " + f.why() + ". Check the quotes and write the claim before publishing.",
                expected(f));
    }
}
