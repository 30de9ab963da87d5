package jobs

import (
	"context"
	"log/slog"

	"sitrep/store"
)

// StoreValidators keeps conditional-GET validators (ETag, Last-Modified) in
// the store for the fetch client. The fetch interface has no error return, so
// a store failure is logged and degrades to an unconditional GET.
type StoreValidators struct {
	Ctx   context.Context
	Store *store.Store
	Log   *slog.Logger
}

// Validators returns the stored validators of url.
func (v StoreValidators) Validators(url string) (etag, lastModified string) {
	etag, lastModified, err := v.Store.HTTPValidators(v.Ctx, url)
	if err != nil && v.Log != nil {
		v.Log.Warn("read http validators", "url", url, "err", err)
	}
	return etag, lastModified
}

// SetValidators stores the validators of url.
func (v StoreValidators) SetValidators(url, etag, lastModified string) {
	if err := v.Store.SetHTTPValidators(v.Ctx, url, etag, lastModified); err != nil && v.Log != nil {
		v.Log.Warn("store http validators", "url", url, "err", err)
	}
}
