; Emergency Desk (应急管理工作台) — the Windows installer, built by NSIS (makensis).
;
;   python installer/build_installer.py dist/EmergencyDesk     (does the defines below)
;   makensis /DVERSION=0.1.0 /DVERSION4=0.1.0.0 /DBUNDLE=dist\EmergencyDesk
;            /DOUTFILE=dist\EmergencyDesk-0.1.0-setup.exe installer\EmergencyDesk.nsi
;
; Per user, without administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\EmergencyDesk (as VS Code and Teams install), shortcuts to the
; user's Start menu and desktop, the uninstall entry under HKCU. The user's data lives
; elsewhere (%LOCALAPPDATA%\EmergencyDesk: the default database, its backups, the logs;
; or wherever the office keeps its database) and is never deleted: the uninstaller
; removes exactly the files it installed and leaves any folder that is not then empty.
; makensis runs on Linux too: `make dist` and the tests build this script there.

Unicode true
SetCompressor /SOLID lzma
; The bundle is not packed with UPX (see build.spec), and neither is this installer.

!ifndef VERSION
  !error "Pass the app's version: /DVERSION=x.y.z (build_installer.py does)"
!endif
!ifndef VERSION4
  !error "Pass the four-part file version: /DVERSION4=x.y.z.0"
!endif
!ifndef BUNDLE
  !error "Pass the one-folder bundle: /DBUNDLE=dist\EmergencyDesk"
!endif
!ifndef OUTFILE
  !define OUTFILE "EmergencyDesk-${VERSION}-setup.exe"
!endif
!ifndef EXE
  !define EXE "EmergencyDesk.exe"
!endif
!ifndef ICON
  !define ICON "..\resources\icons\app.ico"
!endif

!define APP_KEY "EmergencyDesk"
; Not "Software\EmergencyDesk" itself: the app keeps its settings (language, last database)
; under Software\EmergencyDesk\EmergencyDesk, and an uninstall keeps them like the data.
!define REG_APP "Software\${APP_KEY}\Installer"
!define REG_UNINSTALL "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_KEY}"

!include "MUI2.nsh"
!include "FileFunc.nsh"

Name "$(APP_NAME)"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_KEY}"
InstallDirRegKey HKCU "${REG_APP}" "InstallDir"
ShowInstDetails show
BrandingText "$(APP_NAME) ${VERSION}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "$(RUN_NOW)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the one used when Windows speaks neither.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString APP_NAME ${LANG_SIMPCHINESE} "应急管理工作台"
LangString APP_NAME ${LANG_ENGLISH} "Emergency Desk"
LangString RUN_NOW ${LANG_SIMPCHINESE} "现在启动应急管理工作台"
LangString RUN_NOW ${LANG_ENGLISH} "Start Emergency Desk now"
LangString NOT_DATA_FOLDER ${LANG_SIMPCHINESE} "这是存放数据的文件夹，不能把程序装在这里。请另选一个文件夹。"
LangString NOT_DATA_FOLDER ${LANG_ENGLISH} "This is the folder that holds the data; the program cannot be installed into it. Please choose another folder."
LangString STILL_RUNNING ${LANG_SIMPCHINESE} "应急管理工作台正在运行。请先关闭它，再点“重试”。"
LangString STILL_RUNNING ${LANG_ENGLISH} "Emergency Desk is running. Close it, then choose Retry."
LangString DATA_KEPT ${LANG_SIMPCHINESE} "程序已卸载。数据库和备份仍保留在原处（默认在 $LOCALAPPDATA\${APP_KEY}），需要时可重新安装后继续使用。"
LangString DATA_KEPT ${LANG_ENGLISH} "The program was removed. The databases and backups are kept where they were (by default $LOCALAPPDATA\${APP_KEY}); install again to use them."

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "应急管理工作台"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "应急管理工作台 安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "Emergency Desk"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "Emergency Desk"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "Emergency Desk Setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "Emergency Desk"

Function .onInit
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

; Installing into the data folder would let an uninstall near the user's databases.
Function .onVerifyInstDir
  StrCmp "$INSTDIR" "$LOCALAPPDATA\${APP_KEY}" 0 +2
    Abort "$(NOT_DATA_FOLDER)"
FunctionEnd

; The program's files cannot be replaced while it runs (Windows holds the .exe open).
!macro WAIT_UNTIL_CLOSED
  retry:
    ClearErrors
    IfFileExists "$INSTDIR\${EXE}" 0 done
    FileOpen $0 "$INSTDIR\${EXE}" a
    IfErrors 0 closed
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(STILL_RUNNING)" IDRETRY retry
      Abort
  closed:
    FileClose $0
  done:
!macroend

Section "Install"
  SetOutPath "$INSTDIR"
  !insertmacro WAIT_UNTIL_CLOSED
  ; An upgrade: the old version's libraries go first, so none is left over. Only the
  ; bundle's own folder: the install folder itself may hold other things.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortCut "$SMPROGRAMS\$(APP_NAME).lnk" "$INSTDIR\${EXE}"
  CreateShortCut "$DESKTOP\$(APP_NAME).lnk" "$INSTDIR\${EXE}"

  WriteRegStr HKCU "${REG_APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${REG_APP}" "ShortcutName" "$(APP_NAME)"
  WriteRegStr HKCU "${REG_UNINSTALL}" "DisplayName" "$(APP_NAME)"
  WriteRegStr HKCU "${REG_UNINSTALL}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${REG_UNINSTALL}" "Publisher" "Emergency Desk"
  WriteRegStr HKCU "${REG_UNINSTALL}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${REG_UNINSTALL}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${REG_UNINSTALL}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${REG_UNINSTALL}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${REG_UNINSTALL}" "NoModify" 1
  WriteRegDWORD HKCU "${REG_UNINSTALL}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${REG_UNINSTALL}" "EstimatedSize" "$0"
SectionEnd

; Removes what "Install" put there and nothing else: never the data folder, never a
; database or document the user saved beside the program (RMDir without /r on $INSTDIR).
Section "Uninstall"
  !insertmacro WAIT_UNTIL_CLOSED
  ReadRegStr $1 HKCU "${REG_APP}" "ShortcutName"
  StrCmp $1 "" 0 +2
    StrCpy $1 "$(APP_NAME)"
  Delete "$SMPROGRAMS\$1.lnk"
  Delete "$DESKTOP\$1.lnk"

  Delete "$INSTDIR\${EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"

  DeleteRegKey HKCU "${REG_UNINSTALL}"
  DeleteRegKey HKCU "${REG_APP}"
  IfSilent +2
    MessageBox MB_OK|MB_ICONINFORMATION "$(DATA_KEPT)"
SectionEnd
