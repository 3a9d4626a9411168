package org.sitrep.lists;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "SDN List Update" entries of US Treasury press releases: one party a paragraph, in OFAC's remarks language,
 * e.g. {@code NAME, First (a.k.a. OTHER, Name); DOB 03 Sep 1984; nationality Bahrain (individual) [SDGT]
 * (Linked To: GROUP).} Paragraphs that are not entries (the release's prose) are skipped. Press releases carry no
 * list identifiers, so an entity's id is a hash of its primary name.
 */
final class TreasuryPressImporter {

    static final String LIST_ID = "us-treasury-press";
    static final String FORMAT = "treasury-press-text";

    private static final Pattern PROGRAM = Pattern.compile("\\[([A-Z0-9][A-Z0-9 .-]*)\\]");
    private static final Pattern LINKED = Pattern.compile("\\(Linked To: ([^()]+)\\)");
    private static final Pattern KIND = Pattern.compile("\\((individual|vessel|aircraft)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern COMPANY_SUFFIX = Pattern.compile(
            "(?i)(S\\.A\\.?( DE C\\.V\\.)?|S\\.A\\.S\\.?|S\\.R\\.L\\.?|LTD\\.?|LIMITED|LLC|L\\.L\\.C\\.|INC\\.?|CO\\.?"
                    + "|CORP\\.?|GMBH|JSC|PJSC|OOO|AO|PLC|FZE|FZCO|FZ-LLC|SARL|B\\.V\\.|N\\.V\\.)");

    /** True when some paragraph of {@code head} reads as an SDN entry. */
    static boolean recognises(String head) {
        for (String paragraph : PARAGRAPH_BREAK.split(head.replace("\r\n", "\n"))) {
            if (isEntry(join(paragraph))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEntry(String text) {
        return PROGRAM.matcher(text).find() && text.matches("(?s)^[\\p{Lu}\"'0-9].*")
                && (KIND.matcher(text).find() || text.contains("a.k.a.") || text.contains("Linked To:")
                || text.contains("DOB ") || text.contains("Registration"));
    }

    ListSnapshot read(Path file) throws ListFormatException {
        byte[] bytes = ListFiles.bytes(file);
        String text = ListFiles.decode(bytes).replace("\r\n", "\n");
        Map<String, EntityBuilder> entities = new LinkedHashMap<>();
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        int start = 0;
        while (start < text.length()) {
            int end = breaks.find(start) ? breaks.start() : text.length();
            String paragraph = join(text.substring(start, end)).replaceFirst("^\\d+\\.\\s+", "");
            if (isEntry(paragraph)) {
                int line = 1 + (int) text.substring(0, start).chars().filter(c -> c == '\n').count()
                        + leadingNewlines(text.substring(start, end));
                EntityBuilder entity = entry(file, line, paragraph, entities);
                entities.put(entity.id, entity);
            }
            start = end < text.length() ? breaks.end() : end;
        }
        if (entities.isEmpty()) {
            throw new ListFormatException(file, 0, "no SDN entries found in this text");
        }
        LinkResolver.resolve(entities.values());
        List<ListEntity> built = entities.values().stream().map(EntityBuilder::build).toList();
        return new ListSnapshot(LIST_ID, FORMAT, ListFiles.sha256(bytes), file, built);
    }

    private static EntityBuilder entry(Path file, int line, String paragraph, Map<String, EntityBuilder> seen)
            throws ListFormatException {
        String rest = paragraph.strip();
        if (rest.endsWith(".")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        List<String> linked = new ArrayList<>();
        Matcher linkedTo = LINKED.matcher(rest);
        while (linkedTo.find()) {
            for (String name : linkedTo.group(1).split(";\\s*Linked To:")) {
                linked.add(name.strip());
            }
        }
        rest = LINKED.matcher(rest).replaceAll("");
        List<String> programs = new ArrayList<>();
        Matcher program = PROGRAM.matcher(rest);
        while (program.find()) {
            programs.add(program.group(1).strip());
        }
        rest = PROGRAM.matcher(rest).replaceAll("");
        String schema = "Organization";
        Matcher kind = KIND.matcher(rest);
        if (kind.find()) {
            schema = switch (kind.group(1).toLowerCase(Locale.ROOT)) {
                case "individual" -> "Person";
                case "vessel" -> "Vessel";
                default -> "Airplane";
            };
            rest = rest.substring(0, kind.start()) + rest.substring(kind.end());
        }
        rest = rest.strip().replaceAll("[;,]\\s*$", "");

        // The head: the name, then optionally "(a.k.a. ...)" and ", address", up to the first semicolon outside
        // the a.k.a. parentheses.
        String name;
        List<String[]> akas = new ArrayList<>();
        String afterName;
        int paren = rest.indexOf('(');
        int semicolon = rest.indexOf(';');
        if (paren > 0 && (semicolon < 0 || paren < semicolon)
                && rest.substring(paren + 1).matches("(?s)^\\s*[afn]\\.k\\.a\\..*")) {
            int close = closing(rest, paren);
            if (close < 0) {
                throw new ListFormatException(file, line, "unbalanced parenthesis in the a.k.a. list");
            }
            name = rest.substring(0, paren).strip();
            for (String aka : rest.substring(paren + 1, close).split(";")) {
                String a = aka.strip();
                if (a.length() > 7) {
                    akas.add(new String[]{a.substring(0, 6).toLowerCase(Locale.ROOT), a.substring(6).strip()});
                }
            }
            afterName = rest.substring(close + 1);
        } else {
            int cut = semicolon < 0 ? rest.length() : semicolon;
            name = rest.substring(0, cut);
            afterName = rest.substring(cut);
        }
        String address = null;
        if (paren < 0 || !rest.substring(paren + 1).matches("(?s)^\\s*[afn]\\.k\\.a\\..*")
                || paren > (semicolon < 0 ? rest.length() : semicolon)) {
            // No a.k.a. list: the name and the address share the head, separated by commas.
            String[] split = splitNameAddress(name, schema.equals("Person"));
            name = split[0];
            address = split[1];
        }
        String clauses = afterName.strip();
        if (clauses.startsWith(",")) {
            int cut = clauses.indexOf(';');
            address = clauses.substring(1, cut < 0 ? clauses.length() : cut);
            clauses = cut < 0 ? "" : clauses.substring(cut);
        }
        name = EntityBuilder.clean(name);
        if (name == null) {
            throw new ListFormatException(file, line, "entry without a name");
        }
        String id = id(name);
        for (int n = 2; seen.containsKey(id); n++) {
            id = id(name) + "-" + n;
        }
        EntityBuilder entity = new EntityBuilder(LIST_ID, id, schema, file.getFileName() + ":" + line);
        entity.name(name);
        if (schema.equals("Person")) {
            OfacCsvImporter.splitPersonName(name, entity);
        }
        for (String[] aka : akas) {
            String value = aka[1];
            boolean quoted = value.matches("^[\"'\u201C\u2018].*[\"'\u201D\u2019]$");
            if (quoted) {
                value = value.substring(1, value.length() - 1);
            }
            if (aka[0].startsWith("f.k.a")) {
                EntityBuilder.add(entity.previousNames, value);
            } else {
                entity.alias(value, !quoted);
            }
        }
        EntityBuilder.add(entity.addresses, address);
        for (String clause : clauses.split(";")) {
            OfacRemarks.clause(clause.strip(), entity);
        }
        entity.programs.addAll(programs);
        entity.linkedNames.addAll(linked);
        entity.remark(paragraph.strip());
        return entity;
    }

    /**
     * Splits "NAME, Street, City, Country" into name and address. People's names have one comma ("LAST, First");
     * an organisation's name keeps its legal-form suffixes ("ACME, S.A.").
     */
    private static String[] splitNameAddress(String head, boolean person) {
        String[] parts = head.split(",");
        int nameParts = 1;
        if (person) {
            nameParts = Math.min(2, parts.length);
        } else {
            while (nameParts < parts.length && COMPANY_SUFFIX.matcher(parts[nameParts].strip()).matches()) {
                nameParts++;
            }
        }
        String name = String.join(",", Arrays.copyOfRange(parts, 0, nameParts));
        String address = nameParts < parts.length
                ? String.join(",", Arrays.copyOfRange(parts, nameParts, parts.length)) : null;
        return new String[]{name, address};
    }

    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A stable id from the primary name: the same name gives the same id in every release. */
    static String id(String name) {
        String key = name.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return "tp-" + ListFiles.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    private static String join(String paragraph) {
        return paragraph.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    private static int leadingNewlines(String paragraph) {
        int n = 0;
        for (int i = 0; i < paragraph.length() && Character.isWhitespace(paragraph.charAt(i)); i++) {
            if (paragraph.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
