package playback

// #include <stdlib.h>
import "C"
import "unsafe"

// freeID releases a device ID copied to C memory by malgo's DeviceID.Pointer.
func freeID(p unsafe.Pointer) { C.free(p) }
