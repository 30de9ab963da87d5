package mail

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"strings"
	"syscall"

	gomail "github.com/wneessen/go-mail"
)

// verdict is how one failed attempt is classified.
type verdict struct {
	temporary bool
	code      int   // SMTP reply code, 0 when the server gave none
	err       error // the attempt's error, wrapping ErrTemporary or ErrPermanent
}

// classify sorts a go-mail error into temporary (retry) and permanent.
//
//   - A *gomail.SendError (MAIL, RCPT, DATA stages) is temporary when
//     IsTemp says so, i.e. a 4xx reply (FAULTS M2); otherwise permanent
//     (550, 553, 554, … FAULTS M3).
//   - go-mail reports a missing STARTTLS with an untyped fmt.Errorf, so the
//     text is matched; it is a configuration problem (FAULTS M1).
//   - A reply during the greeting, EHLO or AUTH is a *textproto.Error: 4xx is
//     temporary, 5xx (535 bad credentials included) permanent.
//   - Certificate and TLS alert errors are permanent: retrying the same
//     handshake gives the same answer.
//   - Refused, reset or timed-out connections are not SendErrors (FAULTS M4)
//     and are temporary.
//   - Anything else is permanent, so it is reported rather than retried blind.
func classify(err error) verdict {
	var se *gomail.SendError
	switch {
	case errors.As(err, &se):
		return judged(se.IsTemp(), se.ErrorCode(), err)
	case strings.Contains(err.Error(), "does not support STARTTLS"):
		return verdict{err: fmt.Errorf("%w (%w): %w", ErrPermanent, ErrNoSTARTTLS, err)}
	}
	var te *textproto.Error
	if errors.As(err, &te) {
		return judged(te.Code/100 == 4, te.Code, err)
	}
	if tlsFailure(err) {
		return judged(false, 0, err)
	}
	return judged(networkFailure(err), 0, err)
}

// judged wraps err with ErrTemporary or ErrPermanent.
func judged(temporary bool, code int, err error) verdict {
	if temporary {
		return verdict{temporary: true, code: code, err: fmt.Errorf("%w: %w", ErrTemporary, err)}
	}
	return verdict{code: code, err: fmt.Errorf("%w: %w", ErrPermanent, err)}
}

// tlsFailure reports a certificate or TLS protocol failure.
func tlsFailure(err error) bool {
	var (
		verify   *tls.CertificateVerificationError
		alert    tls.AlertError
		record   tls.RecordHeaderError
		unknown  x509.UnknownAuthorityError
		hostname x509.HostnameError
		invalid  x509.CertificateInvalidError
	)
	return errors.As(err, &verify) || errors.As(err, &alert) || errors.As(err, &record) ||
		errors.As(err, &unknown) || errors.As(err, &hostname) || errors.As(err, &invalid)
}

// networkFailure reports a transport problem worth retrying: a net.Error
// (refused, unreachable, timeout), a reset, or a connection closed early.
func networkFailure(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
}
