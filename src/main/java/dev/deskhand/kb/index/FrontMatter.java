package dev.deskhand.kb.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** The YAML header of an article, as Jackson reads it; unknown keys are ignored so authors can add their own. */
@JsonIgnoreProperties(ignoreUnknown = true)
record FrontMatter(String id, String title, String type, List<String> tags, List<String> aliases, String lang,
                   String owner, LocalDate updated, @JsonProperty("review_by") LocalDate reviewBy, String url) {
}
