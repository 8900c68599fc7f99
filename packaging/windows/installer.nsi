; Windows installer: per-user, no admin rights, Chinese. Compile on the Windows build machine after
; PyInstaller (see packaging/README.md), or anywhere makensis runs:
;   makensis -DPAYLOAD=..\..\dist\nianbao -DVERSION=0.5.0 -DOUTFILE=..\..\dist\nianbao-setup.exe installer.nsi
; The uninstaller removes the program folder, shortcuts and the file association, never the clerk's
; reports or the autosave folder (%LOCALAPPDATA%\nianbao), which this installer does not own.

Unicode true
!include "MUI2.nsh"
!include "FileFunc.nsh"

!ifndef PAYLOAD
  !error "PAYLOAD (the PyInstaller folder, e.g. dist\nianbao) must be defined"
!endif
!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "nianbao-setup-${VERSION}.exe"
!endif

!define APPNAME "年报编辑器"
!define APPID "nianbao"
!define EXE "nianbao.exe"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPID}"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APPID}"
InstallDirRegKey HKCU "Software\${APPID}" "InstallDir"
SetCompressor /SOLID lzma
BrandingText "${APPNAME}"

!define MUI_ICON "..\icons\nianbao.ico"
!define MUI_UNICON "..\icons\nianbao.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "启动${APPNAME}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "政府信息公开工作年度报告编辑器安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "年报编辑器项目组"

Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program files only; user data lives elsewhere.
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\${APPID}" "InstallDir" "$INSTDIR"

  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortCut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\${EXE}"
  CreateShortCut "$SMPROGRAMS\${APPNAME}\卸载${APPNAME}.lnk" "$INSTDIR\uninstall.exe"
  CreateShortCut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${EXE}"

  ; Double-clicking a saved report (.nianbao) opens it, for this user only (HKCU: no admin).
  WriteRegStr HKCU "Software\Classes\.nianbao" "" "nianbao.report"
  WriteRegStr HKCU "Software\Classes\nianbao.report" "" "政府信息公开工作年度报告"
  WriteRegStr HKCU "Software\Classes\nianbao.report\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "Software\Classes\nianbao.report\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "年报编辑器项目组"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$DESKTOP\${APPNAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APPNAME}"
  ; Only the program folder: reports saved elsewhere and %LOCALAPPDATA%\nianbao (autosaves,
  ; settings) stay.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "Software\Classes\nianbao.report"
  ReadRegStr $0 HKCU "Software\Classes\.nianbao" ""
  StrCmp $0 "nianbao.report" 0 +2
    DeleteRegKey HKCU "Software\Classes\.nianbao"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "Software\${APPID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
