package uk.goodpractice.directory.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * Structured content (sections, links, figures, references) is stored as JSON text: it is always
 * read whole with its owner and never queried into, so normalising it would only add joins.
 */
public final class JsonColumns {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonColumns() {
    }

    /** The text a value is stored as. */
    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Content cannot be stored as JSON", e);
        }
    }

    abstract static class ListConverter<T> implements AttributeConverter<List<T>, String> {
        private final TypeReference<List<T>> type;

        ListConverter(TypeReference<List<T>> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(List<T> value) {
            return json(value == null ? List.of() : value);
        }

        @Override
        public List<T> convertToEntityAttribute(String json) {
            try {
                return json == null ? List.of() : MAPPER.readValue(json, type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored content is not valid JSON", e);
            }
        }
    }

    @Converter
    public static class Sections extends ListConverter<Section> {
        public Sections() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class Links extends ListConverter<Link> {
        public Links() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class Figures extends ListConverter<Figure> {
        public Figures() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class References extends ListConverter<Reference> {
        public References() {
            super(new TypeReference<>() {
            });
        }
    }
}
