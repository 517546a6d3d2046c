package uk.goodpractice.directory.published;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import uk.goodpractice.directory.common.PublicLists;

/** {@link PublicLists} from the snapshot in place, answered exactly as the public route answers. */
@ApplicationScoped
class PublishedLists implements PublicLists {

    private final PublishedReadModel readModel;

    PublishedLists(PublishedReadModel readModel) {
        this.readModel = readModel;
    }

    @Override
    public Answer list(String path, Map<String, List<String>> params) {
        PublishedSnapshot s = readModel.current();
        PublicAnswers.Answer a = s == null ? null : PublicAnswers.answer(s, path, params);
        return a == null || a.paging() == null ? null : new Answer(a.body().json, a.body().etag(), a.paging());
    }

    @Override
    public Answer detail(String path) {
        PublishedSnapshot s = readModel.current();
        Body body = s == null || path.indexOf('%') >= 0 ? null : s.details().get(path);
        return body == null ? null : new Answer(body.json, body.etag(), null);
    }
}
