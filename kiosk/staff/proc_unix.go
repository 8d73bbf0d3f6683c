//go:build unix

package staff

import (
	"errors"
	"syscall"
)

// processGone reports whether no process with this id runs here.
func processGone(pid int) bool {
	return pid > 0 && errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}
