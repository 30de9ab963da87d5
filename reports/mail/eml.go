package mail

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"sitrep/config"
)

// WriteEML writes m as the complete MIME message Send would transmit
// (headers for From, To, Cc, the Message-ID, both bodies and the
// attachment; Bcc is never written) to path, for --dry-run. The file is
// written to a temporary name in the same directory, synced and renamed, so
// path never holds half a message.
func WriteEML(m Message, cfg config.EmailConfig, path string) (err error) {
	msg, err := newMsg(m, cfg)
	if err != nil {
		return fmt.Errorf("write eml %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write eml %s: %w", path, err)
	}
	defer func() {
		if err == nil {
			return
		}
		_ = tmp.Close() // already failed; the close error adds nothing
		if rmErr := os.Remove(tmp.Name()); rmErr != nil && !errors.Is(rmErr, fs.ErrNotExist) {
			err = errors.Join(err, rmErr)
		}
	}()
	if _, err = msg.WriteTo(tmp); err != nil {
		return fmt.Errorf("write eml %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("write eml %s: sync: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write eml %s: close: %w", path, err)
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write eml %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write eml %s: %w", path, err)
	}
	return nil
}
