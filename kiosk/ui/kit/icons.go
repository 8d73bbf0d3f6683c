package kit

import (
	"fyne.io/fyne/v2"
	fynetheme "fyne.io/fyne/v2/theme"
)

// Icons Fyne does not have. Paths are Material Design icons (Apache License 2.0), as Fyne's
// own icons are. Icons never stand alone: every one is drawn beside words.

func svgIcon(name, path string) fyne.Resource {
	return fyne.NewStaticResource(name+".svg", []byte(
		`<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="`+path+`"/></svg>`))
}

var (
	IconMic      = svgIcon("mic", "M12 14c1.66 0 2.99-1.34 2.99-3L15 5c0-1.66-1.34-3-3-3S9 3.34 9 5v6c0 1.66 1.34 3 3 3zm5.3-3c0 3-2.54 5.1-5.3 5.1S6.7 14 6.7 11H5c0 3.41 2.72 6.23 6 6.72V21h2v-3.28c3.28-.48 6-3.3 6-6.72h-1.7z")
	IconBarcode  = svgIcon("barcode", "M2 4h2v16H2zm3 0h1v16H5zm2 0h3v16H7zm4 0h1v16h-1zm3 0h2v16h-2zm3 0h1v16h-1zm2 0h3v16h-3z")
	IconPlace    = svgIcon("place", "M12 2C8.13 2 5 5.13 5 9c0 5.25 7 13 7 13s7-7.75 7-13c0-3.87-3.13-7-7-7zm0 9.5c-1.38 0-2.5-1.12-2.5-2.5s1.12-2.5 2.5-2.5 2.5 1.12 2.5 2.5-1.12 2.5-2.5 2.5z")
	IconTextSize = svgIcon("textsize", "M9 4v3h5v12h3V7h5V4H9zm-6 8h3v7h3v-7h3V9H3v3z")
	IconContrast = svgIcon("contrast", "M12 22c5.52 0 10-4.48 10-10S17.52 2 12 2 2 6.48 2 12s4.48 10 10 10zm1-17.93c3.94.49 7 3.85 7 7.93s-3.05 7.44-7 7.93V4.07z")
	IconLanguage = svgIcon("language", "M12.87 15.07l-2.54-2.51.03-.03c1.74-1.94 2.98-4.17 3.71-6.53H17V4h-7V2H8v2H1v1.99h11.17C11.5 7.92 10.44 9.75 9 11.35 8.07 10.32 7.3 9.19 6.69 8h-2c.73 1.63 1.73 3.17 2.98 4.56l-5.09 5.02L4 19l5-5 3.11 3.11.76-2.04zM18.5 10h-2L12 22h2l1.12-3h4.75L21 22h2l-4.5-12zm-2.62 7l1.62-4.33L19.12 17h-3.24z")
	IconKeyboard = svgIcon("keyboard", "M20 5H4c-1.1 0-1.99.9-1.99 2L2 17c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm-9 3h2v2h-2V8zm0 3h2v2h-2v-2zM8 8h2v2H8V8zm0 3h2v2H8v-2zm-1 2H5v-2h2v2zm0-3H5V8h2v2zm9 7H8v-2h8v2zm0-4h-2v-2h2v2zm0-3h-2V8h2v2zm3 3h-2v-2h2v2zm0-3h-2V8h2v2z")
	IconTouch    = svgIcon("touch", "M9 11.24V7.5C9 6.12 10.12 5 11.5 5S14 6.12 14 7.5v3.74c1.21-.81 2-2.18 2-3.74C16 5.01 13.99 3 11.5 3S7 5.01 7 7.5c0 1.56.79 2.93 2 3.74zm9.84 4.63l-4.54-2.26c-.17-.07-.35-.11-.54-.11H13v-6c0-.83-.67-1.5-1.5-1.5S10 6.67 10 7.5v10.74l-3.43-.72c-.08-.01-.15-.03-.24-.03-.31 0-.59.13-.79.33l-.79.8 4.94 4.94c.27.27.65.44 1.06.44h6.79c.75 0 1.33-.55 1.44-1.28l.75-5.27c.01-.07.02-.14.02-.2 0-.62-.38-1.16-.91-1.38z")
	IconList     = svgIcon("list", "M3 13h2v-2H3v2zm0 4h2v-2H3v2zm0-8h2V7H3v2zm4 4h14v-2H7v2zm0 4h14v-2H7v2zM7 7v2h14V7H7z")
	IconPrint    = svgIcon("print", "M19 8H5c-1.66 0-3 1.34-3 3v6h4v4h12v-4h4v-6c0-1.66-1.34-3-3-3zm-3 11H8v-5h8v5zm3-7c-.55 0-1-.45-1-1s.45-1 1-1 1 .45 1 1-.45 1-1 1zm-1-9H6v4h12V3z")
	IconQR       = svgIcon("qr", "M3 11h8V3H3v8zm2-6h4v4H5V5zm8-2v8h8V3h-8zm6 6h-4V5h4v4zM3 21h8v-8H3v8zm2-6h4v4H5v-4zm13 4h2v2h-2zm-5-6h2v2h-2zm2 2h2v2h-2zm-2 2h2v2h-2zm2 2h2v2h-2zm2-4h2v2h-2zm0-2h2v2h-2zm2 2h2v2h-2z")
	IconStore    = svgIcon("store", "M20 4H4v2h16V4zm1 10v-2l-1-5H4l-1 5v2h1v6h10v-6h4v6h2v-6h1zm-9 4H6v-4h6v4z")
)

// Icons used by the screens, named for what they mean here.
func IconAsk() fyne.Resource     { return fynetheme.SearchIcon() }
func IconBrowse() fyne.Resource  { return IconStore }
func IconScan() fyne.Resource    { return IconBarcode }
func IconStaff() fyne.Resource   { return fynetheme.AccountIcon() }
func IconBack() fyne.Resource    { return fynetheme.NavigateBackIcon() }
func IconHome() fyne.Resource    { return fynetheme.HomeIcon() }
func IconHelp() fyne.Resource    { return fynetheme.HelpIcon() }
func IconMore() fyne.Resource    { return fynetheme.MoveDownIcon() }
func IconPrev() fyne.Resource    { return fynetheme.MoveUpIcon() }
func IconYes() fyne.Resource     { return fynetheme.ConfirmIcon() }
func IconNo() fyne.Resource      { return fynetheme.CancelIcon() }
func IconClear() fyne.Resource   { return fynetheme.ContentClearIcon() }
func IconRepeat() fyne.Resource  { return fynetheme.MediaReplayIcon() }
func IconStop() fyne.Resource    { return fynetheme.MediaStopIcon() }
func IconTime() fyne.Resource    { return fynetheme.HistoryIcon() }
func IconVolUp() fyne.Resource   { return fynetheme.VolumeUpIcon() }
func IconVolDown() fyne.Resource { return fynetheme.VolumeDownIcon() }
func IconSpeech() fyne.Resource  { return fynetheme.VolumeUpIcon() }
func IconReload() fyne.Resource  { return fynetheme.ViewRefreshIcon() }
func IconExit() fyne.Resource    { return fynetheme.LogoutIcon() }

// colored draws an icon in a theme colour other than the text colour.
func Colored(r fyne.Resource, c fyne.ThemeColorName) fyne.Resource {
	if r == nil {
		return nil
	}
	return fynetheme.NewColoredResource(r, c)
}
