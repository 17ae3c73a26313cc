"""Small learned steps of the extractor: a logistic regression on named features, trained offline."""
