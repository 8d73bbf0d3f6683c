package health

import "syscall"

// FreeSpace is the space an unprivileged process may still write in dir's filesystem, in
// bytes; -1 when it cannot be known.
func FreeSpace(dir string) int64 {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return -1
	}
	return int64(st.Bavail) * int64(st.Bsize)
}
