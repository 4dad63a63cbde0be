package org.sankofa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The stylesheet is well formed: a block left open swallows every rule after it into the block — once, the whole
 * navigation's and the home page's rules ended up inside the phone-width media query and were lost on wide screens,
 * which no browser reports. Every block closes, and at-rules ({@code @media}) stand at the top level only.
 */
class StylesheetTests {

    private static final Path STYLESHEET = Path.of("src/main/resources/static/css/sankofa.css");

    @Test
    void everyBlockClosesAndMediaQueriesAreNotNested() throws IOException {
        String css = Files.readString(STYLESHEET).replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> problems = new ArrayList<>();
        int depth = 0;
        int line = 1;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '@' && depth > 0) {
                problems.add("line " + line + ": an at-rule inside a block");
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth < 0) {
                    problems.add("line " + line + ": a '}' closes nothing");
                    depth = 0;
                }
            }
        }
        if (depth != 0) {
            problems.add(depth + " block(s) still open at the end of the file");
        }
        assertThat(problems).as(STYLESHEET.toString()).isEmpty();
    }
}
