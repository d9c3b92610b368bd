package academy.anxin.assessment.domain;

import academy.anxin.kernel.domain.LocalizedText;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** An item's options in one column, as a JSON array of {"zh": ..., "en": ...}. */
@Converter
public class OptionsConverter implements AttributeConverter<List<LocalizedText>, String> {

    /** Looked up once: {@code Json.createReader} looks the provider up through the class loader at every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public String convertToDatabaseColumn(List<LocalizedText> options) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (LocalizedText option : options) {
            array.add(JSON.createObjectBuilder().add("zh", option.zh()).add("en", option.en()));
        }
        return array.build().toString();
    }

    @Override
    public List<LocalizedText> convertToEntityAttribute(String column) {
        List<LocalizedText> options = new ArrayList<>();
        try (JsonReader reader = JSON.createReader(new StringReader(column))) {
            for (JsonValue value : reader.readArray()) {
                JsonObject option = value.asJsonObject();
                options.add(new LocalizedText(option.getString("zh"), option.getString("en")));
            }
        }
        return options;
    }
}
