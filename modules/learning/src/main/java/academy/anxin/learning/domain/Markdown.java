package academy.anxin.learning.domain;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Lesson bodies are CommonMark (with tables). Two rules keep them accessible: the page already has its one
 * level-1 heading, so a body's headings start at level 2; and every image has alt text for screen readers.
 * Rendering escapes raw HTML and unsafe link targets: content is reviewed, but a lesson is never a script.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {
    }

    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    /** The words of a body without its markup, for the search index. */
    public static String text(String markdown) {
        return markdown == null ? "" : TEXT.render(PARSER.parse(markdown));
    }

    public static String html(String markdown) {
        return markdown == null ? "" : RENDERER.render(PARSER.parse(markdown));
    }

    /** The accessibility rules a body breaks, as (line, message key) pairs; lines count from 1. */
    public static List<Breach> breaches(String markdown) {
        List<Breach> breaches = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 1) {
                    breaches.add(new Breach(line(heading), "content.markdown.h1"));
                }
                visitChildren(heading);
            }

            @Override
            public void visit(Image image) {
                StringBuilder alt = new StringBuilder();
                for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Text text) {
                        alt.append(text.getLiteral());
                    }
                }
                if (alt.toString().isBlank()) {
                    breaches.add(new Breach(line(image), "content.markdown.imageAlt"));
                }
            }
        });
        return breaches;
    }

    private static int line(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.getSourceSpans().isEmpty()) {
                return at.getSourceSpans().get(0).getLineIndex() + 1;
            }
        }
        return 0;
    }

    public record Breach(int line, String key) {
    }
}
