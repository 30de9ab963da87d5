package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"
	"time"
)

// Holder describes the process holding a database's writer lock.
type Holder struct {
	PID     int       `json:"pid"`
	Command string    `json:"command"`
	Since   time.Time `json:"since"`
	Host    string    `json:"host"`
	// Endpoint is the holder's control address (a running daemon's), where
	// other commands can hand their work instead of waiting; "" when none.
	Endpoint string `json:"endpoint,omitempty"`
}

// String describes the holder for error messages.
func (h Holder) String() string {
	return fmt.Sprintf("PID %d (%s) on %s since %s", h.PID, h.Command, h.Host, h.Since.Format(time.RFC3339))
}

// Lock is an exclusive advisory lock on "<db>.lock" beside the database.
// The kernel drops it when the process exits, even on kill -9, so a crash
// never leaves a stale lock behind.
type Lock struct {
	f      *os.File
	path   string
	holder Holder
}

// LockError is returned when another process holds the lock.
type LockError struct {
	Path   string
	Holder Holder // zero when the holder could not be read
}

func (e *LockError) Error() string {
	if e.Holder.PID == 0 {
		return fmt.Sprintf("%s is held by another sitrep process", e.Path)
	}
	return fmt.Sprintf("%s is held by %s", e.Path, e.Holder)
}

// Unwrap makes errors.Is(err, ErrLocked) true.
func (e *LockError) Unwrap() error { return ErrLocked }

// AcquireLock takes the writer lock of the database at dbPath without
// waiting, recording this process as the holder.
func AcquireLock(dbPath, command string) (*Lock, error) {
	path := dbPath + ".lock"
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open lock %s: %w", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		defer f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, &LockError{Path: path, Holder: readHolder(path)}
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	host, _ := os.Hostname()
	l := &Lock{f: f, path: path, holder: Holder{PID: os.Getpid(), Command: command, Since: time.Now().UTC(), Host: host}}
	if err := l.write(); err != nil {
		_ = f.Close()
		return nil, err
	}
	return l, nil
}

// write records the holder in the lock file.
func (l *Lock) write() error {
	b, err := json.Marshal(l.holder)
	if err != nil {
		return fmt.Errorf("write lock %s: %w", l.path, err)
	}
	if err := l.f.Truncate(0); err != nil {
		return fmt.Errorf("write lock %s: %w", l.path, err)
	}
	if _, err := l.f.WriteAt(append(b, '\n'), 0); err != nil {
		return fmt.Errorf("write lock %s: %w", l.path, err)
	}
	return nil
}

// Advertise records the holder's control endpoint in the lock file, so a
// second command can hand its work to this process.
func (l *Lock) Advertise(endpoint string) error {
	l.holder.Endpoint = endpoint
	return l.write()
}

func readHolder(path string) Holder {
	var h Holder
	b, err := os.ReadFile(path)
	if err == nil {
		_ = json.Unmarshal([]byte(strings.TrimSpace(string(b))), &h)
	}
	return h
}

// Release drops the lock. The file stays; its content is stale until the next holder.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	l.f = nil
	if err != nil {
		return fmt.Errorf("release lock %s: %w", l.path, err)
	}
	return nil
}
