"""What turns descriptions into files, shared by the evaluation corpus, the red-team sets, the demo and the tests."""
