package fulldisk

import (
	"strconv"
	"syscall"
)

func mount(dir string, size int64) error {
	return syscall.Mount("tmpfs", dir, "tmpfs", syscall.MS_NOSUID|syscall.MS_NODEV,
		"size="+strconv.FormatInt(size, 10)+",mode=0755")
}

// unmount detaches at once, even with files still open in a test that failed half way.
func unmount(dir string) { syscall.Unmount(dir, syscall.MNT_DETACH) }

func free(dir string) (int64, error) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return 0, err
	}
	return int64(st.Bavail) * int64(st.Bsize), nil
}
