package reports

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/xuri/excelize/v2"
)

// saveBook writes a built workbook atomically as dir/name (writeAtomic),
// checks it with verify, and closes it.
func saveBook(f *excelize.File, dir, name string, verify func(path string) error) (path string, err error) {
	defer func() {
		if cerr := f.Close(); cerr != nil {
			err = errors.Join(err, fmt.Errorf("close workbook: %w", cerr))
		}
	}()
	write := func(w io.Writer) error {
		_, err := f.WriteTo(w)
		return err
	}
	return writeAtomic(dir, name, write, verify)
}

// writeAtomic writes a file named name into dir so that the name only ever
// holds a complete, checked file: write fills a temporary file in the same
// directory, which is synced, closed, checked by verify and then renamed to
// name. On any error before the rename the temporary file is removed, so
// nothing is left behind. It returns the final path.
func writeAtomic(dir, name string, write func(io.Writer) error, verify func(path string) error) (path string, err error) {
	tmp, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return "", fmt.Errorf("create temporary file in %s: %w", dir, err)
	}
	tmpPath, closed := tmp.Name(), false
	defer func() {
		if err == nil {
			return
		}
		if !closed {
			err = errors.Join(err, tmp.Close())
		}
		if rmErr := os.Remove(tmpPath); rmErr != nil && !errors.Is(rmErr, fs.ErrNotExist) {
			err = errors.Join(err, fmt.Errorf("remove temporary file: %w", rmErr))
		}
	}()
	if err = write(tmp); err != nil {
		return "", fmt.Errorf("write %s: %w", tmpPath, err)
	}
	if err = tmp.Sync(); err != nil {
		return "", fmt.Errorf("sync %s: %w", tmpPath, err)
	}
	closed = true
	if err = tmp.Close(); err != nil {
		return "", fmt.Errorf("close %s: %w", tmpPath, err)
	}
	// CreateTemp makes the file private; the report is read by people and
	// by the mailer like any other file in the directory.
	if err = os.Chmod(tmpPath, 0o644); err != nil {
		return "", fmt.Errorf("chmod %s: %w", tmpPath, err)
	}
	if err = verify(tmpPath); err != nil {
		return "", fmt.Errorf("verify %s: %w", tmpPath, err)
	}
	path = filepath.Join(dir, name)
	if err = os.Rename(tmpPath, path); err != nil {
		return "", fmt.Errorf("rename %s to %s: %w", tmpPath, path, err)
	}
	// The file is complete and checked; a failed directory sync only means
	// the rename may not survive a crash, so the path is returned with it.
	if err = syncDir(dir); err != nil {
		return path, err
	}
	return path, nil
}

// syncDir flushes dir's entries, making a rename in it durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("open directory %s: %w", dir, err)
	}
	if err := d.Sync(); err != nil {
		return errors.Join(fmt.Errorf("sync directory %s: %w", dir, err), d.Close())
	}
	if err := d.Close(); err != nil {
		return fmt.Errorf("close directory %s: %w", dir, err)
	}
	return nil
}
