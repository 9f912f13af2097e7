"""Labels stage: reading the marks a file declares, and stamping the required one."""
