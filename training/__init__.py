"""Training-time code for phiscan's shipped spaCy NER pipeline (`models/phiscan-ner`).

Nothing here is imported by the `phiscan` package: Faker and the mined word list are
training-time dependencies only.  `scripts/train_ner.py` is the one entry point.
"""
