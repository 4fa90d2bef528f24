// SwiftPM links an executable target with `main` defined as `<Target>_main`, which Swift
// would emit for top-level code. The fuzz targets have none (libFuzzer drives them), so
// these hand control to libFuzzer's driver with the target's LLVMFuzzerTestOneInput.
// Each executable links this file; each defines LLVMFuzzerTestOneInput once.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

static int run(int argc, char **argv) { return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput); }

int FuzzTurn_main(int argc, char **argv) { return run(argc, argv); }
int FuzzBrain_main(int argc, char **argv) { return run(argc, argv); }
int FuzzTranscript_main(int argc, char **argv) { return run(argc, argv); }
int FuzzPattern_main(int argc, char **argv) { return run(argc, argv); }
