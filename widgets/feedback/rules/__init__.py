"""The rules of the feedback engine, one module per principle family."""
