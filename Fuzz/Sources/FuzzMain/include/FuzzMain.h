// Entry points for the fuzz executables (see FuzzMain.c).
