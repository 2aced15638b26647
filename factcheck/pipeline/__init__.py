"""Stage 8, the pipeline: registry (and documents) -> linked claims -> engine -> grades ->
suppressions -> one Report, for `review` and `check` alike; and rule examples run the same way."""
