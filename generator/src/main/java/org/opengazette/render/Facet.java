package org.opengazette.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opengazette.config.Authority;
import org.opengazette.model.Status;
import org.opengazette.model.Version;
import org.opengazette.site.RenderContext;

/**
 * A way to browse the library: by kind, issuer, topic, year or status. Each document is filed
 * under the values of the version that applies on the as-of date.
 */
enum Facet {
    KIND("kind"),
    ISSUER("issuer"),
    TOPIC("topic"),
    YEAR("year"),
    STATUS("status");

    /**
     * One value of a facet.
     *
     * @param slug  the folder name of its pages
     * @param label the text shown
     * @param rank  the listing order
     */
    record Value(String slug, String label, long rank) {}

    private final String key;

    Facet(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    /** The values under which a version is filed. */
    List<Value> valuesOf(Version version, RenderContext context) {
        List<Value> values = new ArrayList<>();
        switch (this) {
            case KIND ->
                context.config()
                        .kind(version.kind())
                        .ifPresentOrElse(
                                kind -> values.add(new Value(kind.key(), kind.label(), kind.rank())),
                                () -> values.add(new Value(version.kind(), version.kind(), Integer.MAX_VALUE)));
            case ISSUER ->
                version.issuers().forEach(name -> {
                    Authority authority = context.config().authorityOrAdHoc(name);
                    values.add(new Value(authority.slug(), authority.name(), authority.order()));
                });
            case TOPIC ->
                version.topics()
                        .forEach(name -> context.config()
                                .topic(name)
                                .ifPresent(topic -> values.add(new Value(
                                        topic.slug(),
                                        topic.name(),
                                        context.config().topics().indexOf(topic)))));
            case YEAR -> {
                if (version.dates().primary() != null) {
                    int year = version.dates().primary().getYear();
                    values.add(new Value(String.valueOf(year), String.valueOf(year), -year));
                }
            }
            case STATUS -> {
                Status status = context.status(version);
                values.add(new Value(status.key(), context.statusLabel(status), status.ordinal()));
            }
            default -> throw new IllegalStateException(name());
        }
        return values;
    }

    /** Listing order of values: configured order, then label. */
    static final Comparator<Value> ORDER = Comparator.comparingLong(Value::rank).thenComparing(Value::label);
}
