package mail

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"os"
	"syscall"
	"testing"
)

func TestClassify(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}
	tests := []struct {
		name      string
		err       error
		temporary bool
		code      int
		wantIs    []error
	}{
		{"connection refused", fmt.Errorf("dial failed: %w", refused), true, 0, []error{ErrTemporary, syscall.ECONNREFUSED}},
		{"connection reset", fmt.Errorf("send failed: %w", syscall.ECONNRESET), true, 0, []error{ErrTemporary}},
		{"closed mid-reply", fmt.Errorf("dial failed: %w", io.ErrUnexpectedEOF), true, 0, []error{ErrTemporary}},
		{"dial deadline", fmt.Errorf("dial failed: %w", &net.OpError{Op: "dial", Err: context.DeadlineExceeded}), true, 0, []error{ErrTemporary}},
		{"421 greeting", fmt.Errorf("dial failed: %w", &textproto.Error{Code: 421, Msg: "busy"}), true, 421, []error{ErrTemporary}},
		{"535 bad credentials", fmt.Errorf("dial failed: SMTP AUTH failed: %w", &textproto.Error{Code: 535, Msg: "no"}), false, 535, []error{ErrPermanent}},
		{"missing STARTTLS", errors.New(`dial failed: STARTTLS mode set to: "TLSMandatory", but target host does not support STARTTLS`), false, 0, []error{ErrPermanent, ErrNoSTARTTLS}},
		{"unknown certificate authority", fmt.Errorf("dial failed: %w", x509.UnknownAuthorityError{}), false, 0, []error{ErrPermanent}},
		{"anything else", errors.New("server does not support SMTP AUTH"), false, 0, []error{ErrPermanent}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := classify(tt.err)
			if v.temporary != tt.temporary || v.code != tt.code {
				t.Errorf("classify = temporary %v code %d, want %v %d", v.temporary, v.code, tt.temporary, tt.code)
			}
			for _, w := range append(tt.wantIs, tt.err) {
				if !errors.Is(v.err, w) {
					t.Errorf("error %q does not wrap %q", v.err, w)
				}
			}
		})
	}
}
