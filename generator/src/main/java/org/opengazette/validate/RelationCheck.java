package org.opengazette.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opengazette.diagnostic.FieldName;
import org.opengazette.diagnostic.Problem;
import org.opengazette.model.Document;
import org.opengazette.model.Relation;
import org.opengazette.model.RelationType;
import org.opengazette.model.Version;

/**
 * Relations must make sense in time and in structure: a document does not refer to itself, does
 * not amend or replace itself through a chain of others, and is not repealed before it took effect.
 */
final class RelationCheck implements Check {
    @Override
    public void check(ValidationContext context) {
        for (Document document : context.library().documents()) {
            for (Relation relation : context.library().relationsFrom(document)) {
                Version source = relation.source();
                if (relation.target().id().equals(document.id())) {
                    context.diagnostics()
                            .report(
                                    Problem.SELF_REFERENCE,
                                    source.positionOf(relation.type().key()),
                                    new FieldName(relation.type().key()));
                } else if (relation.type() == RelationType.REPEALS) {
                    checkRepealDate(context, relation);
                }
            }
        }
        findCycles(context, RelationType.AMENDS);
        findCycles(context, RelationType.REPLACES);
    }

    private static void checkRepealDate(ValidationContext context, Relation relation) {
        LocalDate repealFrom = relation.source().dates().effectiveOrPublished();
        LocalDate targetFrom = relation.target().versions().get(0).dates().effectiveOrPublished();
        if (repealFrom != null && targetFrom != null && repealFrom.isBefore(targetFrom)) {
            context.diagnostics()
                    .report(
                            Problem.REPEAL_BEFORE_EFFECTIVE,
                            relation.source().positionOf("repeals"),
                            context.library()
                                    .document(relation.target().id())
                                    .map(d -> d.latest().title())
                                    .orElse(""),
                            repealFrom.toString(),
                            targetFrom.toString());
        }
    }

    /** Reports each cycle of one relation type once, at the reference that closes it. */
    private static void findCycles(ValidationContext context, RelationType type) {
        Map<String, List<Relation>> edges = new HashMap<>();
        for (Document document : context.library().documents()) {
            for (Relation relation : context.library().relationsFrom(document)) {
                if (relation.type() == type && !relation.target().id().equals(document.id())) {
                    edges.computeIfAbsent(document.id(), k -> new ArrayList<>()).add(relation);
                }
            }
        }
        Set<String> done = new HashSet<>();
        for (Document document : context.library().documents()) {
            visit(context, type, document.id(), edges, new ArrayList<>(), new HashSet<>(), done);
        }
    }

    private static void visit(
            ValidationContext context,
            RelationType type,
            String id,
            Map<String, List<Relation>> edges,
            List<String> path,
            Set<String> onPath,
            Set<String> done) {
        if (done.contains(id)) {
            return;
        }
        path.add(id);
        onPath.add(id);
        for (Relation relation : edges.getOrDefault(id, List.of())) {
            String next = relation.target().id();
            if (onPath.contains(next)) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
                cycle.add(next);
                context.diagnostics()
                        .report(
                                Problem.RELATION_CYCLE,
                                relation.source().positionOf(type.key()),
                                new FieldName(type.key()),
                                String.join(" → ", cycle));
            } else {
                visit(context, type, next, edges, path, onPath, done);
            }
        }
        path.remove(path.size() - 1);
        onPath.remove(id);
        done.add(id);
    }
}
