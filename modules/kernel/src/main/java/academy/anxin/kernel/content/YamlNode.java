package academy.anxin.kernel.content;

import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.kernel.domain.ContentProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of a YAML document as SnakeYAML composed it, with the file it came from and its path in the document, so
 * that every refusal names the file, the line and the field. Readers throw {@link ContentFault}.
 */
public final class YamlNode {

    private final String file;
    private final String path;
    private final Node node;

    public YamlNode(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    public String path() {
        return path;
    }

    public ContentFault fault(String key, Object... arguments) {
        return new ContentFault(new ContentProblem(file, line(), path.isEmpty() ? null : path, key, arguments));
    }

    public Optional<YamlNode> optional(String key) {
        MappingNode mapping = mapping();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                Node value = tuple.getValueNode();
                if (value instanceof ScalarNode s && (s.getValue().isEmpty() || "~".equals(s.getValue())
                        || "null".equals(s.getValue()))) {
                    return Optional.empty();
                }
                return Optional.of(new YamlNode(file, child(key), value));
            }
        }
        return Optional.empty();
    }

    /** The keys of a map, in the order written. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (NodeTuple tuple : mapping().getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar) {
                keys.add(scalar.getValue());
            }
        }
        return keys;
    }

    public YamlNode required(String key) {
        return optional(key).orElseThrow(() -> new ContentFault(
                new ContentProblem(file, line(), child(key), "content.field.missing")));
    }

    public String text(int maxLength) {
        if (!(node instanceof ScalarNode scalar)) {
            throw fault("content.field.notText");
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            throw fault("content.field.missing");
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw fault("content.field.tooLong", maxLength);
        }
        return value;
    }

    public String matching(Pattern pattern, String shape) {
        String value = text(100);
        if (!pattern.matcher(value).matches()) {
            throw fault("content.field.pattern", value, shape);
        }
        return value;
    }

    public int integer(int min, int max) {
        String value = text(12);
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw fault("content.field.notNumber", value);
        }
        if (number < min || number > max) {
            throw fault("content.field.range", min, max);
        }
        return number;
    }

    public double fraction() {
        String value = text(12);
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException notANumber) {
            throw fault("content.field.notNumber", value);
        }
        if (!(number > 0 && number <= 1)) {
            throw fault("content.field.fraction");
        }
        return number;
    }

    /** A {@code {zh: ..., en: ...}} map; both languages are required. */
    public LocalizedText localized(int maxLength) {
        mapping();
        String zh = required("zh").text(maxLength);
        String en = required("en").text(maxLength);
        return new LocalizedText(zh, en);
    }

    public List<YamlNode> list(boolean mayBeEmpty) {
        if (!(node instanceof SequenceNode sequence)) {
            throw fault("content.field.notList");
        }
        if (!mayBeEmpty && sequence.getValue().isEmpty()) {
            throw fault("content.field.empty");
        }
        List<YamlNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new YamlNode(file, path + "[" + items.size() + "]", item));
        }
        return items;
    }

    /** A list of short codes or tags, each matching the pattern. */
    public List<String> codes(Pattern pattern, String shape) {
        List<String> codes = new ArrayList<>();
        for (YamlNode item : list(true)) {
            codes.add(item.matching(pattern, shape));
        }
        return codes;
    }

    private MappingNode mapping() {
        if (!(node instanceof MappingNode mapping)) {
            throw fault("content.field.notMap");
        }
        return mapping;
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
