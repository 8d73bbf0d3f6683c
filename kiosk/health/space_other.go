//go:build !linux

package health

// FreeSpace is the space left in dir's filesystem; -1: not known on this system.
func FreeSpace(string) int64 { return -1 }
