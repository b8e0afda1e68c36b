package org.dateline.analyze.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.model.TimexType;

/**
 * Rejoins one SUTime expression that CoreNLP cut into several mentions. CoreNLP builds entity
 * mentions from runs of equal NER tags, so "Sunday night" (DATE + TIME tags) or "15:00 GMT
 * Saturday" come out as two mentions carrying the same value; adjacent mentions with equal
 * values are one expression.
 */
final class FragmentMerger {
    List<Mention> apply(DocContext doc, List<Mention> in) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : in) {
            Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.tokenEnd() == m.tokenStart() && Objects.equals(last.value(), m.value())
                    && m.value() != null && doc.sameSentence(last.tokenStart(), m.tokenStart())) {
                TimexType type = last.type() == TimexType.TIME || m.type() == TimexType.TIME ? TimexType.TIME : last.type();
                if (last.type() == TimexType.SET || m.type() == TimexType.SET) {
                    type = TimexType.SET;
                }
                out.set(out.size() - 1, new Mention(last.start(), m.end(), last.tokenStart(), m.tokenEnd(), type, m.value()));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
