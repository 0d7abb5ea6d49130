package org.onrecord.suggest;

import org.onrecord.model.EntityType;
import org.onrecord.model.TextSpan;

import java.util.List;

/**
 * A product named with its maker: an organisation the model found, followed by capitalised words
 * it left untagged and then a lower-case word ("Microsoft Excel files"). The product is one name
 * (type OTHER), and its name without the maker ("Excel") is another name for it.
 */
final class Products {
    private Products() {
    }

    static void find(String body, List<Token> tokens, List<EntitySuggestion> mentions, List<AliasLink> links) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!"ORGANIZATION".equals(t.ner()) || i + 1 < tokens.size() && "ORGANIZATION".equals(tokens.get(i + 1).ner())) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && "O".equals(tokens.get(j).ner()) && tokens.get(j).tag().startsWith("NNP")
                    && tokens.get(j).capitalised() && !NameWords.isJobTitle(tokens.get(j).word())) {
                j++;
            }
            if (j == i + 1 || j >= tokens.size() || !Character.isLowerCase(tokens.get(j).word().codePointAt(0))) {
                continue;
            }
            int makerEnd = t.end();
            EntitySuggestion maker = mentions.stream().filter(m -> m.span().end() == makerEnd && m.type() == EntityType.ORGANIZATION)
                    .findFirst().orElse(null);
            if (maker == null) {
                continue;
            }
            int end = tokens.get(j - 1).end();
            TextSpan span = TextSpan.of(body, maker.span().start(), end);
            String product = body.substring(tokens.get(i + 1).start(), end);
            mentions.remove(maker);
            mentions.add(new EntitySuggestion(span, EntityType.OTHER, span.text(), "product named with its maker " + maker.name()));
            links.add(new AliasLink(product, span.text(), "\"" + product + "\": " + maker.name() + "'s product named without its maker"));
        }
    }
}
