package gt.observatorio.engine.store;

/** A search result: an institution (datasetId null) or a dataset, with the institution it belongs to. */
public record SearchHit(String kind, String institutionCode, Long datasetId, String title) {}
