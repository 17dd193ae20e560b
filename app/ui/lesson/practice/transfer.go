package practice

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/practice"
	"netprimer/app/ui/kit"
)

// progressFile is the name the exported progress is downloaded as.
const progressFile = "netprimer-progress.json"

// transferUI exports the progress as a file and imports one, merged with
// what this browser keeps.
func (p *page) transferUI(l i18n.Lang) app.UI {
	var msg app.UI
	if p.transfer.En != "" {
		class := "error"
		if p.transOK {
			class = "ok"
		}
		msg = kit.H(l, "p."+class, p.transfer)
	}
	var none app.UI
	if p.progress.Len() == 0 {
		none = kit.H(l, "p.note#progress-none", txtNoProgress)
	}
	return kit.H(l, "section.widget#practice-transfer",
		kit.H(l, "h2", txtProgress),
		kit.H(l, "p", txtProgressWhy),
		none,
		kit.H(l, "div.stepnav",
			kit.H(l, "button#progress-export", txtExport).Attr("type", "button").
				Attr("disabled", kit.Bool(!p.Live() || p.progress.Len() == 0)).OnClick(p.export),
		),
		kit.H(l, "div.field",
			kit.H(l, "label", txtImport).Attr("for", "progress-import"),
			kit.H(l, "input#progress-import").Attr("type", "file").Attr("accept", ".json,application/json").
				Attr("disabled", kit.Bool(!p.Live())).OnChange(p.importFile),
		),
		kit.H(l, "div#progress-message", msg).Role("status"),
	)
}

// export downloads the progress kept in this browser as a file.
func (p *page) export(ctx app.Context, e app.Event) {
	p.loadProgress(ctx)
	if p.keptBad.En != "" {
		p.transfer, p.transOK = join(txtExportFail, join(txtKeptUnread, p.keptBad)), false
		return
	}
	w := app.Window()
	blob := w.Get("Blob").New([]any{string(p.progress.Export())}, map[string]any{"type": "application/json"})
	url := w.Get("URL").Call("createObjectURL", blob)
	a := w.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", progressFile)
	// Not in the document: go-app's handler of link clicks never sees it.
	a.Call("click")
	ctx.After(time.Minute, func(app.Context) { w.Get("URL").Call("revokeObjectURL", url) })
	p.transfer, p.transOK = txtExported, true
}

// importFile reads the file chosen, and merges the progress it holds
// with what this browser keeps; a file ParseProgress refuses changes
// nothing, and the page says why in its language.
func (p *page) importFile(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	files := input.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	file := files.Index(0)
	input.Set("value", "") // the same file chosen again is a change again
	if file.Get("size").Int() > practice.MaxProgressBytes {
		p.transfer, p.transOK = join(txtImportFail, txtTooBig), false
		return
	}
	var onText, onError app.Func
	release := func() {
		onText.Release()
		onError.Release()
	}
	onText = app.FuncOf(func(this app.Value, args []app.Value) any {
		text := args[0].String()
		release()
		ctx.Dispatch(func(ctx app.Context) { p.merge(ctx, []byte(text)) })
		return nil
	})
	onError = app.FuncOf(func(this app.Value, args []app.Value) any {
		release()
		ctx.Dispatch(func(ctx app.Context) { p.transfer, p.transOK = join(txtImportFail, txtReadFail), false })
		return nil
	})
	file.Call("text").Call("then", onText, onError)
}

// merge merges the progress file data into the kept progress.
func (p *page) merge(ctx app.Context, data []byte) {
	in, err := practice.ParseProgress(data)
	if ie, ok := err.(*practice.ImportError); ok {
		p.transfer, p.transOK = join(txtImportFail, ie.Msg), false
		return
	} else if err != nil {
		p.transfer, p.transOK = join(txtImportFail, txtReadFail), false
		return
	}
	kept, err := kit.LoadProgress(ctx)
	if ie, ok := err.(*practice.ImportError); ok {
		// What is kept cannot be read (a newer version's): left alone.
		p.transfer, p.transOK = join(txtImportFail, join(txtKeptUnread, ie.Msg)), false
		return
	}
	merged := kept.Merge(in)
	if err := kit.SaveProgress(ctx, merged); err != nil {
		p.transfer, p.transOK = join(txtImportFail, txtSaveFail), false
		return
	}
	p.progress, p.keptBad = merged, noText
	p.transfer, p.transOK = sub(txtImported, strconv.Itoa(in.Len())), true
}

// join writes texts one after the other, in both languages.
func join(a, b i18n.T) i18n.T { return i18n.T{Ko: a.Ko + b.Ko, En: a.En + b.En} }
