package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.ScoreCard;
import java.time.Instant;

/** A dataset as last published: its metadata, its score card (with findings) and when it was scored. */
public record DatasetView(long datasetId, String sourceId, Dataset dataset, ScoreCard score, Instant scoredAt) {}
